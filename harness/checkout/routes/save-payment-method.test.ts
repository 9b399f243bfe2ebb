import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { PERSISTENT_TOKEN_COOKIE } from '../cookies.ts';
import { setupIntentIdOf, useCheckoutHarness } from '../testing.ts';

const harness = useCheckoutHarness();

describe('GET /account/payment-methods/new', () => {
  it("SETUP-01/02/04: creates an off-session SetupIntent for the shopper's Customer with link and card", async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const { customerId, email } = await shop.signUp(browser);
    expect((await shop.stripe.customers.retrieve(customerId)) as Stripe.Customer).toMatchObject({ email });
    const { config } = await shop.openSavePage(browser);
    const si = await shop.stripe.setupIntents.retrieve(setupIntentIdOf(config.clientSecret));
    expect(si).toMatchObject({
      customer: customerId,
      payment_method_types: ['link', 'card'],
      usage: 'off_session',
      status: 'requires_payment_method',
      automatic_payment_methods: null,
    });
    expect(si.payment_method_options?.link?.persistent_token ?? null).toBeNull();
    // The Customer came first: its create is logged before the SetupIntent's.
    const paths = shop.requests().map((r) => `${r.method} ${r.path}`);
    expect(paths.indexOf('POST /v1/customers')).toBeLessThan(paths.indexOf('POST /v1/setup_intents'));
  });

  it('SETUP-03: hands the page only the publishable key and the client secret', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const { res, config } = await shop.openSavePage(browser);
    expect(Object.keys(config).sort()).toEqual(['clientSecret', 'confirm', 'email', 'publishableKey', 'showConfirmErrors']);
    expect(config.publishableKey).toBe(`pk_test_${shop.accountKey}`);
    expect(config.clientSecret).toMatch(/^seti_\w+_secret_\w+$/);
    expect(res.text).not.toContain('sk_test_');
    expect(res.text).not.toContain('"object":"setup_intent"');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('EMAIL-01: renders the Link Authentication Element prefilled with the account email by default', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const { email } = await shop.signUp(browser);
    const { res, config } = await shop.openSavePage(browser);
    expect(config.email).toEqual({ collect: 'link-authentication-element', defaultEmail: email });
    expect(res.text).toContain('id="link-authentication-element"');
    expect(res.text).toContain('id="payment-element"');
  });

  it('EMAIL-01: ?email-mode=prefill passes the email to the Payment Element and leaves out the Link Authentication Element', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const { email } = await shop.signUp(browser);
    const { res, config } = await shop.openSavePage(browser, '?email-mode=prefill');
    expect(config.email).toEqual({ collect: 'payment-element', email });
    expect(res.text).not.toContain('id="link-authentication-element"');
    expect(res.text).toContain('id="payment-element"');
  });

  it('the prefill setting does the same for every visit', async () => {
    const shop = await harness.shop({ settings: { emailMode: 'prefill' } });
    const browser = shop.browser();
    const { email } = await shop.signUp(browser);
    expect((await shop.openSavePage(browser)).config.email).toEqual({ collect: 'payment-element', email });
  });

  it('SETUP-02: ?payment-methods=automatic (or the setting) creates the SetupIntent with automatic payment methods', async () => {
    const shop = await harness.shop({ settings: { paymentMethods: 'automatic' } });
    const browser = shop.browser();
    await shop.signUp(browser);
    const { config } = await shop.openSavePage(browser);
    const si = await shop.stripe.setupIntents.retrieve(setupIntentIdOf(config.clientSecret));
    expect(si.automatic_payment_methods).toMatchObject({ enabled: true });
    expect(si.payment_method_types).toContain('link');
    const perVisit = await harness.shop();
    const b2 = perVisit.browser();
    await perVisit.signUp(b2);
    const { config: c2 } = await perVisit.openSavePage(b2, '?payment-methods=automatic');
    expect((await perVisit.stripe.setupIntents.retrieve(setupIntentIdOf(c2.clientSecret))).automatic_payment_methods).toMatchObject({ enabled: true });
  });

  it('CONFIRM-01: confirmSetup returns to the absolute return URL, and errors are shown', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const { config } = await shop.openSavePage(browser);
    expect(config.confirm).toEqual({ returnUrl: `${shop.checkout.url}/account/payment-methods/return` });
    expect(config.showConfirmErrors).toBe(true);
  });

  it("COOKIE-03: passes the browser's persistent token back as payment_method_options[link][persistent_token]", async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const { config } = await shop.openSavePage(browser, '', { Cookie: `${PERSISTENT_TOKEN_COOKIE}=tok-from-cookie` });
    const si = await shop.stripe.setupIntents.retrieve(setupIntentIdOf(config.clientSecret));
    expect(si.payment_method_options?.link?.persistent_token).toBe('tok-from-cookie');
    const create = shop.requests().find((r) => r.method === 'POST' && r.path === '/v1/setup_intents');
    expect(create?.params).toMatchObject({ payment_method_options: { link: { persistent_token: 'tok-from-cookie' } } });
  });

  it('loads Stripe.js from the emulator, then the page script', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    await shop.signUp(browser);
    const { res } = await shop.openSavePage(browser);
    const scripts = [...res.text.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([`${harness.emulator.url}/v3`, '/assets/save-payment-method.js']);
  });

  it('sends a visitor who is not signed in to sign in first, and back afterwards', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const res = await browser.get('/account/payment-methods/new?email-mode=prefill');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/?next=${encodeURIComponent('/account/payment-methods/new?email-mode=prefill')}`);
    expect(shop.requests().filter((r) => r.path === '/v1/setup_intents')).toEqual([]);
  });
});
