// Guide: "Charge the saved payment method later", where a shop learns a later charge's outcome.
// Advisory: the guide does not ask for webhooks, but a shop that takes them must check each
// delivery's Stripe-Signature (Stripe's webhook docs), or anyone can tell it a payment succeeded.
// Judged as Stripe and an attacker see the shop: the endpoints registered with Stripe for the
// checkout's own server, what the shop answers a forged delivery, and whether Stripe's real event
// about a later charge was accepted. Not applicable to a shop with no webhook endpoint.
import { expect, scenarioTitle, test, testCards } from '../fixtures/index.ts';
import { notApplicable } from '../harness/reporter/not-applicable.ts';
import { notChecked } from '../harness/reporter/not-checked.ts';
import { chargeLater, describePaymentIntent, expectNoServerError } from './steps/charge-later.ts';
import { signUpAndSaveWithLink } from './steps/save-payment-method.ts';
import { savedCustomerOf } from './steps/setup-intent-reads.ts';
import { deliveryOutcome, eventAbout, forgedEvent, shopWebhookEndpoints, signatureWithAnotherSecret, subscribesTo } from './steps/webhooks.ts';

test(
  ...scenarioTitle(
    'HOOK-01',
    "(advisory) the shop's webhook endpoint refuses deliveries that are unsigned or signed with another secret, and accepts Stripe's event about a later charge",
  ),
  async ({ page, checkout, shopper, inspector, request, target, stripeAccount }) => {
    const endpoints = await shopWebhookEndpoints(inspector.stripe, target.checkout.url);
    if (endpoints.length === 0)
      notApplicable(
        `HOOK-01: the shop's Stripe account has no enabled webhook endpoint on the checkout's server (${target.checkout.url}); the shop takes no webhooks`,
      );

    for (const endpoint of endpoints) {
      const body = forgedEvent();
      const unsigned = await request.post(endpoint.url, { data: body, headers: { 'Content-Type': 'application/json' }, failOnStatusCode: false });
      expect
        .soft(unsigned.status(), `HOOK-01: ${endpoint.url} answered ${unsigned.status()} to a delivery without a Stripe-Signature; it must refuse it (400)`)
        .toBeGreaterThanOrEqual(400);
      expect
        .soft(unsigned.status(), `HOOK-01: ${endpoint.url} answered ${unsigned.status()} to an unsigned delivery: a server error, not a refusal`)
        .toBeLessThan(500);
      const forged = await request.post(endpoint.url, {
        data: body,
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signatureWithAnotherSecret(inspector.stripe, body) },
        failOnStatusCode: false,
      });
      expect
        .soft(
          forged.status(),
          `HOOK-01: ${endpoint.url} answered ${forged.status()} to a delivery signed with another secret than its own; it must refuse it (400)`,
        )
        .toBeGreaterThanOrEqual(400);
      expect
        .soft(forged.status(), `HOOK-01: ${endpoint.url} answered ${forged.status()} to a wrongly signed delivery: a server error, not a refusal`)
        .toBeLessThan(500);
    }

    const listening = endpoints.filter((e) => subscribesTo(e, 'payment_intent.succeeded'));
    if (listening.length === 0) {
      notChecked(
        'HOOK-01',
        `that Stripe's own events are accepted: no endpoint on the checkout's server takes payment_intent.succeeded (${endpoints.map((e) => e.url).join(', ')})`,
      );
      return;
    }
    const saved = await signUpAndSaveWithLink(page, checkout, inspector, shopper(), testCards.visa, 'HOOK-01');
    const customer = savedCustomerOf(saved);
    expect(customer, `HOOK-01: ${saved.id} saved its payment method on no Customer, so there is no one to charge later (see SETUP-01)`).not.toBeNull();
    const attempt = await chargeLater(request, checkout, inspector, { customer: customer!, amount: 1099, currency: 'usd' }, 'HOOK-01');
    expectNoServerError(attempt, 'HOOK-01', `the later charge of ${customer}`);
    const pi = attempt.paymentIntent!;
    expect(pi.status, `HOOK-01: the later charge should succeed so that Stripe sends payment_intent.succeeded; Stripe holds ${describePaymentIntent(pi)}`).toBe(
      'succeeded',
    );
    const event = await eventAbout(
      inspector.stripe,
      'payment_intent.succeeded',
      pi.id,
      inspector.since,
      `HOOK-01: Stripe recorded no payment_intent.succeeded for ${pi.id}`,
    );
    for (const endpoint of listening) {
      const { delivered, answers } = await deliveryOutcome(target, inspector.stripe, stripeAccount, event, endpoint);
      expect(
        delivered,
        `HOOK-01: Stripe's ${event.type} ${event.id} about the later charge ${pi.id} was not accepted by ${endpoint.url} (its answers: ${answers.join(', ') || 'none recorded'}); a shop must answer Stripe's signed deliveries with a 2xx`,
      ).toBe(true);
    }
  },
);
