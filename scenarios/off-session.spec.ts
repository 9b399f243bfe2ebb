// Guide: "Charge the saved payment method later". The scenarios save a payment method through the
// checkout, then charge it through the charge-later hook (CHARGE_URL) as a job runner would, and
// read back through the inspector what the server sent to Stripe.
import { expect, scenarioTitle, test, testCards, type Inspector, type StripeCall, type TestCard } from '../fixtures/index.ts';
import { AccountPage, ThreeDSecureChallenge } from '../harness/drivers/index.ts';
import { chargeLater, customerOf } from './steps/charge-later.ts';
import { describeCall } from './steps/link-token.ts';
import { saveCard, signUpAndSaveWithLink } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

/** A later charge of $10.99. */
const laterCharge = { amount: 1099, currency: 'usd' } as const;

/** Listing a customer's payment methods, in either of Stripe's two ways. */
const listsPaymentMethods = (customer: string) => (c: StripeCall) =>
  c.method === 'GET' && (c.path === `/v1/customers/${customer}/payment_methods` || (c.path === '/v1/payment_methods' && c.params.customer === customer));

/** The off-session PaymentIntent creates of a customer since a time, oldest first. */
const paymentIntentCreates = (inspector: Inspector, customer: string, since: number) =>
  inspector.calls({ from: 'server', method: 'POST', path: '/v1/payment_intents', involving: customer, since });

test(
  ...scenarioTitle('OFF-01', 'charge later: the saved Link payment method is listed, then charged with confirm, off_session, customer and payment_method, and the charge succeeds'),
  async ({ page, checkout, shopper, inspector, request, target }) => {
    const jenny = shopper();
    const setupIntentId = await signUpAndSaveWithLink(page, checkout, jenny, testCards.visa, 'OFF-01');
    const customer = await customerOf(inspector, jenny.email, 'OFF-01');
    const saved = (await inspector.setupIntent(setupIntentId)).payment_method;
    expect(saved, `OFF-01: ${setupIntentId} saved no payment method to charge later`).not.toBeNull();

    const since = Date.now();
    const answer = await chargeLater(request, target, { customer, ...laterCharge }, 'OFF-01');
    expect(answer.status, `OFF-01: the charge-later hook should charge ${customer}; it answered ${answer.text}`).toBe(200);
    expect(answer.body?.outcome, `OFF-01: the later charge of ${saved!.type} ${saved!.id} should succeed; the hook answered ${answer.text}`).toBe('succeeded');

    const calls = await inspector.calls({ from: 'server', since, involving: customer });
    const seen = calls.map(describeCall).join(' | ') || 'none';
    const listed = calls.findIndex(listsPaymentMethods(customer));
    const created = calls.findIndex((c) => c.method === 'POST' && c.path === '/v1/payment_intents');
    expect(listed, `OFF-01: the server should list ${customer}'s payment methods to find one to charge; its calls were: ${seen}`).toBeGreaterThanOrEqual(0);
    expect(created, `OFF-01: the server should create a PaymentIntent after listing the payment methods; its calls were: ${seen}`).toBeGreaterThan(listed);
    const params = calls[created]!.params;
    expect(
      { confirm: String(params.confirm), off_session: String(params.off_session), customer: params.customer, payment_method: params.payment_method },
      `OFF-01: the PaymentIntent must be created with confirm=true, off_session=true, customer and payment_method; it was created with ${JSON.stringify(params)}`,
    ).toEqual({ confirm: 'true', off_session: 'true', customer, payment_method: saved!.id });
    const paymentIntent = await inspector.lastPaymentIntent({ customer });
    expect(paymentIntent?.status, `OFF-01: the later PaymentIntent should have succeeded; it is ${paymentIntent?.id} ${paymentIntent?.status}`).toBe('succeeded');
  },
);

test(
  ...scenarioTitle('OFF-02', 'authentication_required: the later charge is recorded as needing the shopper, never a server error, and the shopper completes it on-session'),
  async ({ page, checkout, shopper, inspector, request, target }) => {
    const jenny = shopper();
    await checkout.signUp(page, jenny);
    await checkout.openSavePage(page);
    // The card asks for 3D Secure every time: Complete at setup, and the later off-session charge still needs the shopper.
    await saveCard(page, checkout, testCards.authenticationRequired, { requirement: 'OFF-02' });
    const customer = await customerOf(inspector, jenny.email, 'OFF-02');

    const since = Date.now();
    const answer = await chargeLater(request, target, { customer, ...laterCharge }, 'OFF-02');
    expect(answer.status, `OFF-02: authentication_required must be handled, not escape as a server error; the charge-later hook answered ${answer.text}`).toBeLessThan(500);
    expect(answer.body?.outcome, `OFF-02: the charge should be recorded as requires_authentication; the hook answered ${answer.text}`).toBe('requires_authentication');
    const attempt = (await paymentIntentCreates(inspector, customer, since)).at(-1);
    expect(attempt?.error?.code, `OFF-02: Stripe should have refused the off-session charge with authentication_required; the server's PaymentIntent create was ${attempt ? describeCall(attempt) : 'missing'}`).toBe(
      'authentication_required',
    );

    if (target.checkout.kind !== 'reference') {
      // Another checkout's authentication page has no step in the adapter: the contract's answer is what can be checked.
      expect(answer.body?.authenticate_url, `OFF-02: the hook's answer should carry authenticate_url, the page that brings the shopper back on-session; it answered ${answer.text}`).toEqual(
        expect.any(String),
      );
      const opened = await page.goto(answer.body!.authenticate_url!);
      expect(opened?.status(), `OFF-02: authenticate_url (${answer.body!.authenticate_url}) should open for the signed-in shopper`).toBeLessThan(400);
      test.info().annotations.push({ type: 'note', description: 'OFF-02: completing the charge on-session is driven on the reference checkout only; here its authenticate_url was checked to open.' });
      return;
    }
    // The reference checkout's account page lists the charge, and its link brings the shopper back on-session.
    const account = new AccountPage(page);
    await account.open();
    await expect(account.charges('requires_authentication'), 'OFF-02: the account page should list the charge as needing the shopper').toHaveCount(1);
    await account.authenticateCharge();
    await new ThreeDSecureChallenge(page).complete();
    await expect(account.charges('succeeded'), 'OFF-02: after the shopper authenticated on-session, the account page should list the charge as succeeded').toHaveCount(1);
    await expect
      .poll(async () => (await inspector.paymentIntentsCreated({ customer })).map((pi) => pi.status), { message: "OFF-02: the shopper's PaymentIntent should have succeeded on-session" })
      .toContain('succeeded');
  },
);

test(
  ...scenarioTitle('OFF-03', 'declined later charges (insufficient funds, generic decline) are recorded and reported with their decline code, never a server error'),
  async ({ page, checkout, shopper, inspector, request, target }) => {
    const jenny = shopper();
    await checkout.signUp(page, jenny);
    const cards: TestCard[] = [testCards.authenticationRequiredChargeDeclinedInsufficientFunds, testCards.chargeCustomerFail];
    for (const card of cards) {
      await checkout.openSavePage(page);
      await saveCard(page, checkout, card, { requirement: 'OFF-03' });
    }
    const customer = await customerOf(inspector, jenny.email, 'OFF-03');
    const saved = await inspector.paymentMethodsOf(customer);

    for (const card of cards) {
      const expected = card.laterCharge.outcome === 'declined' ? card.laterCharge.declineCode : undefined;
      const paymentMethod = saved.find((pm) => pm.card?.last4 === card.last4);
      expect(paymentMethod, `OFF-03: ${customer} should have card ${card.number} saved; it has [${saved.map((pm) => `${pm.type} ${pm.card?.last4 ?? ''}`).join(', ')}]`).toBeDefined();
      const since = Date.now();
      const answer = await chargeLater(request, target, { customer, ...laterCharge, payment_method: paymentMethod!.id }, 'OFF-03');
      expect.soft(answer.status, `OFF-03: a declined charge (${card.number}) must never be a server error; the charge-later hook answered ${answer.text}`).toBeLessThan(500);
      expect.soft(answer.body?.outcome, `OFF-03: the charge of ${card.number} should be recorded as declined; the hook answered ${answer.text}`).toBe('declined');
      expect.soft(answer.body?.decline_code, `OFF-03: the decline of ${card.number} should be reported with its decline code ${expected}; the hook answered ${answer.text}`).toBe(expected);
      const attempt = (await paymentIntentCreates(inspector, customer, since)).at(-1);
      expect.soft(attempt?.error?.code, `OFF-03: Stripe should have declined the charge of ${card.number}; the server's PaymentIntent create was ${attempt ? describeCall(attempt) : 'missing'}`).toBe('card_declined');
    }

    if (target.checkout.kind !== 'reference') return;
    // The reference checkout's account page keeps the record the shopper (and support) sees.
    const account = new AccountPage(page);
    await account.open();
    await expect(account.charges('declined'), 'OFF-03: the account page should list both declined charges').toHaveCount(2);
    for (const card of cards)
      if (card.laterCharge.outcome === 'declined') await expect(account.charges('declined').filter({ hasText: card.laterCharge.declineCode }), `OFF-03: the account page should report ${card.laterCharge.declineCode}`).toHaveCount(1);
  },
);
