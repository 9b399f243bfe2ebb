import { describe, expect, it } from 'vitest';
import { pageConfigOf, useCheckoutHarness, type TestShop } from '../testing.ts';
import type { AuthenticatePageConfig } from '../browser/page-config.ts';

const harness = useCheckoutHarness();

async function shopperWith(shop: TestShop, testId: string) {
  const browser = shop.browser();
  const { customerId } = await shop.signUp(browser);
  const pm = await shop.stripe.paymentMethods.attach(testId, { customer: customerId });
  return { browser, customerId, pm };
}

describe('the account page and its charges', () => {
  it('OFF-01: lists saved payment methods, newest first, and "Charge now" records a succeeded charge', async () => {
    const shop = await harness.shop();
    const { browser, customerId } = await shopperWith(shop, 'pm_card_visa');
    const mastercard = await shop.stripe.paymentMethods.attach('pm_card_mastercard', { customer: customerId });
    const page = await browser.get('/account');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/Mastercard •••• 4444[\s\S]*used for later charges[\s\S]*Visa •••• 4242/);
    expect(page.text).toContain('No charges yet.');

    const charged = await browser.post('/account/charges').type('form').send({ amount: '12.50', currency: 'eur', payment_method: mastercard.id });
    expect(charged.status).toBe(303);
    const [attempt] = shop.checkout.context.attempts.forCustomer(customerId);
    expect(attempt).toMatchObject({ amount: 1250, currency: 'eur', payment_method: mastercard.id, outcome: 'succeeded' });
    expect(charged.headers.location).toBe(`/account?charge=${attempt!.id}`);
    const after = await browser.get(charged.headers.location!);
    expect(after.text).toContain('Payment of €12.50 succeeded.');
    expect(after.text).toContain(`<tr id="${attempt!.id}" data-outcome="succeeded" data-payment-intent="${attempt!.payment_intent}" data-decline-code="">`);
  });

  it('OFF-03: a declined "Charge now" shows the decline and its codes on the account page', async () => {
    const shop = await harness.shop();
    const { browser } = await shopperWith(shop, 'pm_card_visa_chargeDeclinedInsufficientFunds');
    const charged = await browser.post('/account/charges').type('form').send({ amount: '30', currency: 'usd' });
    const page = await browser.get(charged.headers.location!);
    expect(page.text).toMatch(/data-outcome="declined" data-payment-intent="pi_\w+" data-decline-code="insufficient_funds"/);
    expect(page.text).toContain('card_declined / insufficient_funds');
  });

  it('refuses a malformed amount from the form with a 400 page', async () => {
    const shop = await harness.shop();
    const { browser, customerId } = await shopperWith(shop, 'pm_card_visa');
    const res = await browser.post('/account/charges').type('form').send({ amount: 'ten', currency: 'usd' });
    expect(res.status).toBe(400);
    expect(shop.checkout.context.attempts.forCustomer(customerId)).toEqual([]);
  });

  it("OFF-02: the shopper comes back on-session, authenticates with the PaymentIntent's client secret, and the charge is recorded as paid", async () => {
    const shop = await harness.shop();
    const { browser, customerId, pm } = await shopperWith(shop, 'pm_card_authenticationRequired');
    const held = (await browser.post('/charge-later').send({ amount: 2500, currency: 'usd' })).body;
    expect(held.outcome).toBe('requires_authentication');

    const account = await browser.get('/account');
    expect(account.text).toContain(`href="${held.authenticate_url}"`);

    const page = await browser.get(new URL(held.authenticate_url).pathname);
    expect(page.status).toBe(200);
    const config = pageConfigOf(page.text) as unknown as AuthenticatePageConfig;
    expect(config).toEqual({
      publishableKey: `pk_test_${shop.accountKey}`,
      clientSecret: expect.stringMatching(new RegExp(`^${held.payment_intent}_secret_`)),
      paymentMethod: pm.id,
      paymentMethodType: 'card',
      returnUrl: `${shop.checkout.url}/account/charges/${held.id}/return`,
    });
    expect(page.text).toContain('$25.00');

    // What confirmCardPayment does in the browser: confirm with the client secret, then the 3DS challenge.
    const confirmed = await shop.browserCall('POST', `/v1/payment_intents/${held.payment_intent}/confirm`, {
      client_secret: config.clientSecret,
      payment_method: config.paymentMethod,
      use_stripe_sdk: 'true',
      return_url: config.returnUrl,
    });
    expect(confirmed.body.status).toBe('requires_action');
    const early = await browser.get(new URL(config.returnUrl).pathname);
    expect(shop.checkout.context.attempts.get(held.id)?.outcome).toBe('requires_authentication');
    expect(early.headers.location).toBe(`/account?charge=${held.id}`);
    await shop.browserCall('POST', '/v1/3ds2/challenge_complete', { source: confirmed.body.next_action.use_stripe_sdk.source, outcome: 'authorize' });

    const back = await browser.get(`${new URL(config.returnUrl).pathname}?payment_intent=${held.payment_intent}`);
    expect(back.status).toBe(303);
    expect(shop.checkout.context.attempts.get(held.id)).toMatchObject({ outcome: 'succeeded', authenticated_at: expect.any(String) });
    const done = await browser.get(back.headers.location!);
    expect(done.text).toContain('Payment of $25.00 succeeded.');
    expect(done.text).toContain('Completed after you authenticated it.');
    expect(shop.checkout.context.attempts.forCustomer(customerId)).toHaveLength(1);
    // Once paid, the authenticate link just leads back to the account.
    expect((await browser.get(new URL(held.authenticate_url).pathname)).status).toBe(303);
  });

  it('OFF-02: a shopper arriving from an email link signs in first and lands on the authenticate page', async () => {
    const shop = await harness.shop();
    const { customerId } = await shopperWith(shop, 'pm_card_authenticationRequired');
    const held = (await shop.browser().post('/charge-later').send({ customer: customerId, amount: 900, currency: 'usd' })).body;
    const path = new URL(held.authenticate_url).pathname;
    const fresh = shop.browser();
    const bounce = await fresh.get(path);
    expect(bounce.headers.location).toBe(`/?next=${encodeURIComponent(path)}`);
    const email = shop.checkout.context.shoppers.findByCustomer(customerId)!.email;
    const signedIn = await fresh.post('/signin').type('form').send({ email, next: path });
    expect(signedIn.headers.location).toBe(path);
    expect((await fresh.get(path)).status).toBe(200);
  });

  it("shows nobody else's charge", async () => {
    const shop = await harness.shop();
    const { customerId } = await shopperWith(shop, 'pm_card_authenticationRequired');
    const held = (await shop.browser().post('/charge-later').send({ customer: customerId, amount: 900, currency: 'usd' })).body;
    const other = shop.browser();
    await shop.signUp(other);
    expect((await other.get(new URL(held.authenticate_url).pathname)).status).toBe(404);
    expect((await other.get(`/account/charges/${held.id}/return`)).status).toBe(404);
    expect((await other.get('/account/charges/chat_unknown/authenticate')).status).toBe(404);
  });
});
