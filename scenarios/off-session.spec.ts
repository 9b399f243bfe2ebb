// Guide: "Charge the saved payment method later". The scenarios save a payment method through the
// checkout, ask the shop to charge it later (the adapter's `chargeLater` step: the charge-later hook
// by default), and judge from Stripe's side what the shop's server sent and what Stripe answered
// (the PaymentIntent's parameters, status and last error), plus "no server error" from the shop.
// How the shop records a charge is read through the adapter's `readChargeRecord` when there is one,
// and reported as not checked when there is none.
import { expect, scenarioTitle, test, testCards, type StripeCall, type TestCard } from '../fixtures/index.ts';
import { ThreeDSecureChallenge } from '../harness/drivers/index.ts';
import { notChecked } from '../harness/reporter/not-checked.ts';
import type { CheckoutAdapter, LaterChargeAttempt } from '../harness/target/index.ts';
import type { Page } from '@playwright/test';
import type { RequirementId } from '../harness/requirements/requirements.ts';
import { chargeLater, describePaymentIntent, expectNoServerError } from './steps/charge-later.ts';
import { describeCall } from './steps/link-token.ts';
import { saveCard, signUpAndSaveWithLink } from './steps/save-payment-method.ts';
import { savedCustomerOf } from './steps/setup-intent-reads.ts';

test.describe.configure({ mode: 'parallel' });

/** A later charge of $10.99. */
const laterCharge = { amount: 1099, currency: 'usd' } as const;

/** Listing a customer's payment methods, in either of Stripe's two ways. */
const listsPaymentMethods = (customer: string) => (c: StripeCall) =>
  c.method === 'GET' && (c.path === `/v1/customers/${customer}/payment_methods` || (c.path === '/v1/payment_methods' && c.params.customer === customer));

/** The Customer a saved SetupIntent's payment method belongs to, or a failure naming the requirement. */
function customerToCharge(saved: Parameters<typeof savedCustomerOf>[0], requirement: RequirementId): string {
  const customer = savedCustomerOf(saved);
  expect(customer, `${requirement}: ${saved.id} saved its payment method on no Customer, so there is no one to charge later (see SETUP-01)`).not.toBeNull();
  return customer!;
}

/**
 * How the shop recorded the charge, where it shows it (the adapter's `readChargeRecord`); without
 * that step, reported as not checked.
 */
async function expectRecorded(
  page: Page,
  checkout: CheckoutAdapter,
  attempt: LaterChargeAttempt,
  requirement: RequirementId,
  expected: { outcome: string; declineCode?: string },
): Promise<void> {
  if (!checkout.readChargeRecord) {
    notChecked(
      requirement,
      `how the shop records the later charge (${expected.outcome}${expected.declineCode ? `, ${expected.declineCode}` : ''}): give checkout.readChargeRecord in link-harness.config.ts to read where your shop shows it`,
    );
    return;
  }
  let record: Awaited<ReturnType<NonNullable<CheckoutAdapter['readChargeRecord']>>>;
  try {
    record = await checkout.readChargeRecord(page, attempt);
  } catch (err) {
    throw new Error(
      `${requirement}: the shop should record the charge of ${describePaymentIntent(attempt.paymentIntent)} as ${expected.outcome}; its readChargeRecord step found no record: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  expect
    .soft(
      record.outcome,
      `${requirement}: the shop should record the charge of ${describePaymentIntent(attempt.paymentIntent)} as ${expected.outcome}; it shows ${JSON.stringify(record)}`,
    )
    .toBe(expected.outcome);
  if (expected.declineCode)
    expect
      .soft(
        record.declineCode,
        `${requirement}: the shop should report the decline with its decline code ${expected.declineCode}; it shows ${JSON.stringify(record)}`,
      )
      .toBe(expected.declineCode);
}

test(
  ...scenarioTitle(
    'OFF-01',
    'charge later: the saved Link payment method is listed, then charged with confirm, off_session, customer and payment_method, and the charge succeeds',
  ),
  async ({ page, checkout, shopper, inspector, request }) => {
    const saved = await signUpAndSaveWithLink(page, checkout, inspector, shopper(), testCards.visa, 'OFF-01');
    const customer = customerToCharge(saved, 'OFF-01');
    expect(saved.payment_method, `OFF-01: ${saved.id} saved no payment method to charge later`).not.toBeNull();

    const since = Date.now();
    const attempt = await chargeLater(request, checkout, inspector, { customer, ...laterCharge }, 'OFF-01');
    expectNoServerError(attempt, 'OFF-01', `the later charge of ${customer}`);
    const pi = attempt.paymentIntent!;
    expect(
      [pi.status, pi.amount, pi.currency, pi.customer, pi.payment_method],
      `OFF-01: the later charge of ${saved.payment_method!.type} ${saved.payment_method!.id} should succeed as asked ($10.99 on ${customer}); Stripe holds ${describePaymentIntent(pi)} for ${pi.amount} ${pi.currency}`,
    ).toEqual(['succeeded', laterCharge.amount, laterCharge.currency, customer, saved.payment_method!.id]);

    if (!inspector.capabilities.requestLog) {
      notChecked('OFF-01', 'the listing of payment methods and confirm/off_session on the PaymentIntent create: live Stripe keeps no request log to read them');
      return;
    }
    const calls = await inspector.calls({ from: 'server', since, involving: customer });
    const seen = calls.map(describeCall).join(' | ') || 'none';
    const listed = calls.findIndex(listsPaymentMethods(customer));
    const created = calls.findIndex((c) => c.method === 'POST' && c.path === '/v1/payment_intents' && c.objectId === pi.id);
    expect(listed, `OFF-01: the server should list ${customer}'s payment methods to find one to charge; its calls were: ${seen}`).toBeGreaterThanOrEqual(0);
    expect(created, `OFF-01: the server should create the PaymentIntent after listing the payment methods; its calls were: ${seen}`).toBeGreaterThan(listed);
    const params = calls[created]!.params;
    expect(
      { confirm: String(params.confirm), off_session: String(params.off_session), customer: params.customer, payment_method: params.payment_method },
      `OFF-01: the PaymentIntent must be created with confirm=true, off_session=true, customer and payment_method; it was created with ${JSON.stringify(params)}`,
    ).toEqual({ confirm: 'true', off_session: 'true', customer, payment_method: saved.payment_method!.id });
  },
);

test(
  ...scenarioTitle(
    'OFF-02',
    'authentication_required: the later charge is refused by the bank, handled without a server error, recorded, and the shopper completes it on-session',
  ),
  async ({ page, checkout, shopper, inspector, request }) => {
    const jenny = shopper();
    await checkout.signUp(page, jenny);
    await checkout.openSavePage(page);
    // The card asks for 3D Secure every time: Complete at setup, and the later off-session charge still needs the shopper.
    const saved = await saveCard(page, checkout, inspector, jenny, testCards.authenticationRequired, { requirement: 'OFF-02' });
    const customer = customerToCharge(saved, 'OFF-02');

    const attempt = await chargeLater(request, checkout, inspector, { customer, ...laterCharge }, 'OFF-02');
    expectNoServerError(attempt, 'OFF-02', 'authentication_required');
    const pi = attempt.paymentIntent!;
    expect(
      [pi.status, pi.last_payment_error?.code],
      `OFF-02: the bank should have asked for the shopper (authentication_required) on the off-session charge; Stripe holds ${describePaymentIntent(pi)}`,
    ).toEqual(['requires_payment_method', 'authentication_required']);
    await expectRecorded(page, checkout, attempt, 'OFF-02', { outcome: 'requires_authentication' });

    // Back on-session: the shop's way to the payment, the bank's challenge, and the payment goes through.
    try {
      await checkout.openAuthentication(page, attempt);
    } catch (err) {
      throw new Error(`OFF-02: the shop must bring the shopper back on-session for ${pi.id}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
    const challenge = new ThreeDSecureChallenge(page);
    await expect(challenge.lightbox, `OFF-02: back on-session, the bank's challenge must be shown for ${pi.id} (${page.url()})`).toBeVisible();
    await challenge.complete();
    await expect
      .poll(async () => (await inspector.paymentIntentsCreated({ customer })).filter((p) => p.amount === laterCharge.amount).map((p) => p.status), {
        message: `OFF-02: after the shopper authenticated on-session, a PaymentIntent of ${customer} for ${laterCharge.amount} ${laterCharge.currency} must have succeeded (${pi.id}, or a new one)`,
      })
      .toContain('succeeded');
  },
);

test(
  ...scenarioTitle(
    'OFF-03',
    'declined later charges (insufficient funds, generic decline) are handled and reported with their decline code, never a server error',
  ),
  async ({ page, checkout, shopper, inspector, request }) => {
    const jenny = shopper();
    await checkout.signUp(page, jenny);
    const cards: TestCard[] = [testCards.authenticationRequiredChargeDeclinedInsufficientFunds, testCards.chargeCustomerFail];
    let customer = '';
    for (const card of cards) {
      await checkout.openSavePage(page);
      customer = customerToCharge(await saveCard(page, checkout, inspector, jenny, card, { requirement: 'OFF-03' }), 'OFF-03');
    }
    const saved = await inspector.paymentMethodsOf(customer);

    for (const card of cards) {
      const expected = card.laterCharge.outcome === 'declined' ? card.laterCharge.declineCode : undefined;
      const paymentMethod = saved.find((pm) => pm.card?.last4 === card.last4);
      expect(
        paymentMethod,
        `OFF-03: ${customer} should have card ${card.number} saved; it has [${saved.map((pm) => `${pm.type} ${pm.card?.last4 ?? ''}`).join(', ')}]`,
      ).toBeDefined();
      const attempt = await chargeLater(request, checkout, inspector, { customer, ...laterCharge, payment_method: paymentMethod!.id }, 'OFF-03');
      expectNoServerError(attempt, 'OFF-03', `a declined charge (${card.number})`);
      const pi = attempt.paymentIntent!;
      expect
        .soft(
          [pi.last_payment_error?.payment_method?.id, pi.last_payment_error?.code, pi.last_payment_error?.decline_code],
          `OFF-03: Stripe should have declined the charge of ${card.number} (${expected}); it holds ${describePaymentIntent(pi)}`,
        )
        .toEqual([paymentMethod!.id, 'card_declined', expected]);
      await expectRecorded(page, checkout, attempt, 'OFF-03', { outcome: 'declined', ...(expected ? { declineCode: expected } : {}) });
    }
  },
);
