import { describe, expect, it } from 'vitest';
import type { ChargeAttempt } from '../charge-attempts.ts';
import { fakeEmail, useCheckoutHarness, type Browser, type TestShop } from '../testing.ts';

const harness = useCheckoutHarness();

/** A signed-up shopper with a card saved through the save page (pm_card_visa) and more attached as the test needs. */
async function shopperWithSavedCard(shop: TestShop, browser: Browser = shop.browser()) {
  const { customerId } = await shop.signUp(browser);
  const { config } = await shop.openSavePage(browser);
  await shop.confirmInBrowser(config, { card: 'pm_card_visa' });
  await shop.land(browser, config);
  const [visa] = (await shop.stripe.customers.listPaymentMethods(customerId)).data;
  return { customerId, browser, visa: visa! };
}

const attach = (shop: TestShop, testId: string, customer: string) => shop.stripe.paymentMethods.attach(testId, { customer });

describe('POST /charge-later (the CHARGE_URL hook)', () => {
  it('OFF-01: lists the payment methods and charges the newest off-session; answers the recorded attempt', async () => {
    const shop = await harness.shop();
    const { customerId, visa } = await shopperWithSavedCard(shop);
    const res = await shop.browser().post('/charge-later').send({ customer: customerId, amount: 1099, currency: 'USD' });
    expect(res.status).toBe(200);
    const attempt = res.body as ChargeAttempt;
    expect(attempt).toEqual({
      id: expect.stringMatching(/^chat_/),
      created: expect.any(String),
      customer: customerId,
      payment_method: visa.id,
      payment_intent: expect.stringMatching(/^pi_/),
      amount: 1099,
      currency: 'usd',
      outcome: 'succeeded',
    });
    const pi = await shop.stripe.paymentIntents.retrieve(attempt.payment_intent!);
    expect(pi).toMatchObject({ status: 'succeeded', amount: 1099, currency: 'usd', customer: customerId, payment_method: visa.id });
    const calls = shop.requests().filter((r) => r.method === 'GET' && r.path === `/v1/customers/${customerId}/payment_methods`);
    expect(calls.length).toBeGreaterThan(0);
    const create = shop.requests().find((r) => r.method === 'POST' && r.path === '/v1/payment_intents');
    expect(create?.params).toMatchObject({
      confirm: 'true',
      off_session: 'true',
      customer: customerId,
      payment_method: visa.id,
      amount: '1099',
      currency: 'usd',
    });
  });

  it("OFF-01: charges the payment method asked for, and the shopper's own customer when called with their session", async () => {
    const shop = await harness.shop();
    const { customerId, browser, visa } = await shopperWithSavedCard(shop);
    const mastercard = await attach(shop, 'pm_card_mastercard', customerId);
    const asked = await browser.post('/charge-later').send({ amount: 500, currency: 'eur', payment_method: visa.id });
    expect(asked.body).toMatchObject({ customer: customerId, payment_method: visa.id, outcome: 'succeeded' });
    const newest = await browser.post('/charge-later').send({ amount: 500, currency: 'eur' });
    expect(newest.body).toMatchObject({ payment_method: mastercard.id, outcome: 'succeeded' });
  });

  it('OFF-02: authentication_required is recorded as needing the shopper, with a link back on-session; never a 5xx', async () => {
    const shop = await harness.shop();
    const { customerId } = await shopperWithSavedCard(shop);
    const threeDs = await attach(shop, 'pm_card_authenticationRequired', customerId);
    const res = await shop.browser().post('/charge-later').send({ customer: customerId, amount: 2000, currency: 'usd' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      outcome: 'requires_authentication',
      code: 'authentication_required',
      payment_method: threeDs.id,
      payment_intent: expect.stringMatching(/^pi_/),
      authenticate_url: `${shop.checkout.url}/account/charges/${res.body.id}/authenticate`,
    });
    const pi = await shop.stripe.paymentIntents.retrieve(res.body.payment_intent);
    expect(pi).toMatchObject({ status: 'requires_payment_method', last_payment_error: { code: 'authentication_required' } });
    expect(shop.checkout.context.attempts.get(res.body.id)?.outcome).toBe('requires_authentication');
  });

  it.each([
    ['pm_card_visa_chargeDeclinedInsufficientFunds', 'card_declined', 'insufficient_funds'],
    ['pm_card_chargeCustomerFail', 'card_declined', 'generic_decline'],
    ['pm_card_chargeDeclinedExpiredCard', 'expired_card', 'expired_card'],
  ])('OFF-03: a decline (%s) is recorded with %s / %s, never a 5xx', async (testId, code, declineCode) => {
    const shop = await harness.shop();
    const { customerId } = await shop.signUp(shop.browser());
    const declining = await attach(shop, testId, customerId);
    const res = await shop.browser().post('/charge-later').send({ customer: customerId, amount: 1500, currency: 'usd' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'declined', code, decline_code: declineCode, payment_method: declining.id, message: expect.any(String) });
    expect(shop.checkout.context.attempts.forCustomer(customerId).map((a) => a.id)).toEqual([res.body.id]);
  });

  it.each([
    [{ amount: 1099, currency: 'usd' }, 400, 'parameter_missing', 'customer'],
    [{ customer: 'cus_x', currency: 'usd' }, 400, 'parameter_missing', 'amount'],
    [{ customer: 'cus_x', amount: 10.5, currency: 'usd' }, 400, 'parameter_invalid', 'amount'],
    [{ customer: 'cus_x', amount: '1099', currency: 'usd' }, 400, 'parameter_invalid', 'amount'],
    [{ customer: 'cus_x', amount: 0, currency: 'usd' }, 400, 'parameter_invalid', 'amount'],
    [{ customer: 'cus_x', amount: 1099 }, 400, 'parameter_missing', 'currency'],
    [{ customer: 'cus_x', amount: 1099, currency: 'dollars' }, 400, 'parameter_invalid', 'currency'],
    [{ customer: 42, amount: 1099, currency: 'usd' }, 400, 'parameter_invalid', 'customer'],
    [{ customer: 'cus_x', amount: 1099, currency: 'usd', confirm: false }, 400, 'parameter_unknown', 'confirm'],
    [{ customer: 'cus_doesnotexist', amount: 1099, currency: 'usd' }, 404, 'customer_not_found', 'customer'],
  ])('answers %j with %i %s', async (body, status, code, param) => {
    const shop = await harness.shop();
    const res = await shop.browser().post('/charge-later').send(body);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: { type: 'charge_request_error', code, param, message: expect.any(String) } });
  });

  it('answers 400 for a body that is not JSON, 409 for a customer with nothing saved, 404 for a payment method not theirs', async () => {
    const shop = await harness.shop();
    const b = shop.browser();
    expect((await b.post('/charge-later').set('Content-Type', 'application/json').send('{"amount": 10')).body.error.code).toBe('body_invalid');
    expect((await b.post('/charge-later').type('form').send({ amount: '10', currency: 'usd' })).body.error.code).toBe('body_invalid');
    const { customerId } = await shop.signUp(shop.browser());
    const nothing = await b.post('/charge-later').send({ customer: customerId, amount: 1099, currency: 'usd' });
    expect(nothing.status).toBe(409);
    expect(nothing.body.error).toMatchObject({ code: 'no_saved_payment_method', param: 'customer' });
    await attach(shop, 'pm_card_visa', customerId);
    const other = await b.post('/charge-later').send({ customer: customerId, amount: 1099, currency: 'usd', payment_method: 'pm_notthis' });
    expect(other.status).toBe(404);
    expect(other.body.error).toMatchObject({ code: 'payment_method_not_found', param: 'payment_method' });
  });

  it("passes Stripe's own refusal through as a 400 (amount below the minimum)", async () => {
    const shop = await harness.shop();
    const { customerId } = await shop.signUp(shop.browser());
    await attach(shop, 'pm_card_visa', customerId);
    const res = await shop.browser().post('/charge-later').send({ customer: customerId, amount: 1, currency: 'usd' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'stripe_invalid_request' });
  });

  it('charges a Link payment method saved through the save page', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const { customerId } = await shop.signUp(browser);
    const { config } = await shop.openSavePage(browser);
    await shop.confirmInBrowser(config, { link: fakeEmail() });
    await shop.land(browser, config);
    const res = await browser.post('/charge-later').send({ amount: 4200, currency: 'usd' });
    expect(res.body).toMatchObject({ customer: customerId, outcome: 'succeeded' });
    expect((await shop.stripe.paymentMethods.retrieve(res.body.payment_method)).type).toBe('link');
  });
});
