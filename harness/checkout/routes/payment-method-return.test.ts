import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { PERSISTENT_TOKEN_COOKIE } from '../cookies.ts';
import { fakeEmail, setCookie, setupIntentIdOf, useCheckoutHarness, type TestShop } from '../testing.ts';

const harness = useCheckoutHarness();
const outcomeOf = (html: string) => /data-setup-outcome="([a-z_]+)"/.exec(html)?.[1];

/** The Link persistent token Stripe issued with the SetupIntent's payment method (read as the server can). */
async function issuedToken(shop: TestShop, clientSecret: string): Promise<string> {
  const si = await shop.stripe.setupIntents.retrieve(setupIntentIdOf(clientSecret), { expand: ['payment_method'] });
  return (si.payment_method as Stripe.PaymentMethod).link!.persistent_token!;
}

describe('GET /account/payment-methods/return', () => {
  it('COOKIE-01/02: after a Link setup, shows the saved method and sets the persistent token cookie (HttpOnly, SameSite=Strict, 90 days, path /; not Secure over http)', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const { config } = await shop.openSavePage(browser);
    const email = fakeEmail();
    expect((await shop.confirmInBrowser(config, { link: email })).status).toBe(200);
    const res = await shop.land(browser, config);
    expect(res.status).toBe(200);
    expect(outcomeOf(res.text)).toBe('succeeded');
    expect(res.text).toContain(`Link (${email})`);
    const cookie = setCookie(res, PERSISTENT_TOKEN_COOKIE);
    expect(cookie?.value).toBe(await issuedToken(shop, config.clientSecret));
    expect(cookie?.attributes).toMatchObject({ httponly: true, samesite: 'Strict', 'max-age': String(90 * 24 * 60 * 60), path: '/' });
    expect(cookie?.attributes).not.toHaveProperty('secure');
    expect(cookie?.attributes).not.toHaveProperty('domain');
    const expires = Date.parse(String(cookie?.attributes.expires));
    expect(Math.abs(expires - (Date.now() + 90 * 24 * 60 * 60 * 1000))).toBeLessThan(60_000);
  });

  it('COOKIE-03: the browser that got the cookie sends it, and its next SetupIntent carries the token', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const first = (await shop.openSavePage(browser)).config;
    await shop.confirmInBrowser(first, { link: fakeEmail() });
    await shop.land(browser, first);
    const next = (await shop.openSavePage(browser)).config;
    const si = await shop.stripe.setupIntents.retrieve(setupIntentIdOf(next.clientSecret));
    expect(si.payment_method_options?.link?.persistent_token).toBe(await issuedToken(shop, first.clientSecret));
  });

  it('COOKIE-02: over https the cookie is also Secure, and so is the shop session', async () => {
    const shop = await harness.shop({ https: true });
    expect(shop.checkout.url).toMatch(/^https:\/\/localhost:\d+$/);
    const browser = shop.browser();
    const signUp = await browser.post('/signup').type('form').send({ email: fakeEmail(), name: 'Ada Example' });
    expect(setCookie(signUp, 'shop_session')?.attributes).toMatchObject({ secure: true, httponly: true, samesite: 'Lax' });
    const { config } = await shop.openSavePage(browser);
    expect(config.confirm.returnUrl).toMatch(/^https:\/\/localhost:\d+\/account\/payment-methods\/return$/);
    await shop.confirmInBrowser(config, { link: fakeEmail() });
    const cookie = setCookie(await shop.land(browser, config), PERSISTENT_TOKEN_COOKIE);
    expect(cookie?.attributes).toMatchObject({ secure: true, httponly: true, samesite: 'Strict', path: '/' });
  });

  it('a card setup succeeds without a cookie: only Link payment methods carry a token', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const { config } = await shop.openSavePage(browser);
    expect((await shop.confirmInBrowser(config, { card: 'pm_card_visa' })).status).toBe(200);
    const res = await shop.land(browser, config);
    expect(outcomeOf(res.text)).toBe('succeeded');
    expect(res.text).toContain('Visa •••• 4242');
    expect(setCookie(res, PERSISTENT_TOKEN_COOKIE)).toBeUndefined();
  });

  it("CONFIRM-02: shows the SetupIntent's own outcome even when the query string claims success", async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const { config } = await shop.openSavePage(browser);
    expect((await shop.confirmInBrowser(config, { card: 'pm_card_visa_chargeDeclinedInsufficientFunds' })).status).toBe(402);
    const res = await shop.land(browser, config, { redirect_status: 'succeeded' });
    expect(res.status).toBe(200);
    expect(outcomeOf(res.text)).toBe('failed');
    expect(res.text).toContain('Try again');
    const retrieve = shop.requests().filter((r) => r.method === 'GET' && r.path === `/v1/setup_intents/${setupIntentIdOf(config.clientSecret)}`);
    expect(retrieve.at(-1)?.params).toMatchObject({ expand: ['payment_method'] });
  });

  it("CONFIRM-02: refuses another shopper's SetupIntent, a wrong client secret, an unknown id and a missing one", async () => {
    const shop = await harness.shop();
    const alice = shop.browser();
    const mallory = shop.browser();
    await shop.signUp(alice);
    await shop.signUp(mallory);
    const { config } = await shop.openSavePage(alice);
    await shop.confirmInBrowser(config, { link: fakeEmail() });
    const stolen = await shop.land(mallory, config);
    expect(stolen.status).toBe(404);
    expect(setCookie(stolen, PERSISTENT_TOKEN_COOKIE)).toBeUndefined();
    const id = setupIntentIdOf(config.clientSecret);
    expect((await alice.get(`/account/payment-methods/return?setup_intent=${id}&setup_intent_client_secret=${id}_secret_forged`)).status).toBe(404);
    expect((await alice.get('/account/payment-methods/return?setup_intent=seti_doesnotexist')).status).toBe(404);
    expect((await alice.get('/account/payment-methods/return')).status).toBe(400);
    expect((await alice.get('/account/payment-methods/return?setup_intent=../v1/customers')).status).toBe(400);
  });

  it('a SetupIntent still waiting for 3D Secure is reported as not finished', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const { config } = await shop.openSavePage(browser);
    const confirmed = await shop.confirmInBrowser(config, { card: 'pm_card_authenticationRequired' });
    expect(confirmed.body.status).toBe('requires_action');
    expect(outcomeOf((await shop.land(browser, config)).text)).toBe('requires_action');
  });
});
