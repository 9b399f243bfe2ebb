import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { chromiumLaunchOptions } from '../../../target/chromium.ts';

/**
 * The page side of the emulated Stripe.js in a real Chromium, on a bare merchant page served from
 * `localhost` (another site than the emulator's `127.0.0.1`). Only what needs no element frame:
 * keys, the 3DS lightbox and its nested challenge frames, confirm redirects and errors. The
 * Elements themselves are covered by the Playwright scenarios.
 */

let emulator: RunningEmulator;
let merchant: Server;
let merchantOrigin: string;
let browser: Browser;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  merchant = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      req.url?.startsWith('/return')
        ? '<h1>Thanks</h1>'
        : `<!doctype html><title>shop</title><script src="${emulator.url}/v3"></script><button id="pay">Pay</button>`,
    );
  });
  await new Promise<void>((resolve) => merchant.listen(0, 'localhost', resolve));
  merchantOrigin = `http://localhost:${(merchant.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  merchant?.close();
  await emulator?.close();
});

/** A merchant account, a SetupIntent for a customer, and a page of the shop. */
async function checkout(): Promise<{ pk: string; stripe: Stripe; intent: Stripe.SetupIntent; page: Page }> {
  const account = `sjs${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const stripe = new Stripe(`sk_test_${account}`, { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
  const customer = await stripe.customers.create({});
  const intent = await stripe.setupIntents.create({ customer: customer.id, allowed_payment_method_types: ['card', 'link'] });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${merchantOrigin}/checkout`);
  return { pk: `pk_test_${account}`, stripe, intent, page };
}

const challengeFrame = 'body > .__PrivateStripeLightbox > iframe[name^="__privateStripeFrame"][src*="three-ds-2-challenge"]';

describe('Stripe.js in the merchant page', () => {
  it('reports version 3, refuses live and malformed keys, and has what react-stripe-js checks for', async () => {
    const { page } = await checkout();
    const seen = await page.evaluate(() => {
      const S = (window as unknown as { Stripe: ((key: string) => Record<string, unknown>) & { version: unknown } }).Stripe;
      const thrown = (key: string) => {
        try {
          S(key);
          return null;
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      };
      const stripe = S('pk_test_shop');
      return {
        version: S.version,
        live: thrown('pk_live_123'),
        malformed: thrown('pk_test_'),
        methods: ['elements', 'createToken', 'createPaymentMethod', 'confirmCardPayment', 'confirmSetup', '_registerWrapper', 'registerAppInfo'].filter(
          (m) => typeof stripe[m] !== 'function',
        ),
      };
    });
    expect(seen).toMatchObject({
      version: 3,
      live: expect.stringMatching(/^IntegrationError: .*test-mode only/),
      malformed: expect.stringMatching(/^IntegrationError/),
      methods: [],
    });
    await page.context().close();
  });

  it('shows the 3DS challenge in a lightbox; Fail resolves setup_intent_authentication_failure, Complete then succeeds', async () => {
    const { pk, stripe, intent, page } = await checkout();
    const confirm = () =>
      page.evaluate(
        ({ pk, secret }) =>
          (window as unknown as { Stripe: (k: string) => { confirmCardSetup: (s: string, d: unknown) => Promise<Record<string, any>> } })
            .Stripe(pk)
            .confirmCardSetup(secret, { payment_method: 'pm_card_threeDSecure2Required' }),
        { pk, secret: intent.client_secret! },
      );
    const answer = (button: string) => page.frameLocator(challengeFrame).frameLocator('iframe[name="stripe-challenge-frame"]').locator(button).click();

    const failed = confirm();
    await page.locator(challengeFrame).waitFor();
    await page.locator('.LightboxModalLoadingIndicator').first().waitFor({ state: 'detached' });
    await answer('#test-source-fail-3ds');
    expect(await failed).toMatchObject({
      error: { type: 'invalid_request_error', code: 'setup_intent_authentication_failure', setup_intent: { id: intent.id, status: 'requires_payment_method' } },
    });
    expect(await page.locator('.__PrivateStripeLightbox').count()).toBe(0);
    expect((await stripe.setupIntents.retrieve(intent.id)).status).toBe('requires_payment_method');

    const completed = confirm();
    await answer('#test-source-authorize-3ds');
    expect(await completed).toMatchObject({ setupIntent: { id: intent.id, status: 'succeeded' } });
    expect((await stripe.setupIntents.retrieve(intent.id)).status).toBe('succeeded');
    await page.context().close();
  });

  it("redirects to return_url with the intent, keeping the merchant's parameters, even after the page patched its globals", async () => {
    const { pk, intent, page } = await checkout();
    await page.evaluate(() => {
      const broken = () => {
        throw new Error('patched by the merchant page');
      };
      Object.assign(window, { fetch: broken, setTimeout: broken, postMessage: broken });
      Object.assign(JSON, { stringify: broken, parse: broken });
      EventTarget.prototype.addEventListener = broken;
    });
    const returnUrl = `${merchantOrigin}/return?order=7&note=a%20b`;
    void page
      .evaluate(
        ({ pk, secret, returnUrl }) =>
          (window as unknown as { Stripe: (k: string) => { confirmSetup: (a: unknown) => Promise<unknown> } })
            .Stripe(pk)
            .confirmSetup({ clientSecret: secret, confirmParams: { payment_method: 'pm_card_visa', return_url: returnUrl } }),
        { pk, secret: intent.client_secret!, returnUrl },
      )
      .catch(() => undefined); // the page navigates away while this is pending
    await page.waitForURL(/\/return\?/);
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      order: '7',
      note: 'a b',
      setup_intent: intent.id,
      setup_intent_client_secret: intent.client_secret,
      redirect_status: 'succeeded',
    });
    await page.context().close();
  });

  it('resolves {error} for a declined card, throws for a missing return_url, and makes PaymentMethods from tokens', async () => {
    const { pk, stripe, intent, page } = await checkout();
    const token = await stripe.tokens.create({ card: { number: '4242424242424242', exp_month: '12', exp_year: String(new Date().getFullYear() + 2) } });
    const seen = await page.evaluate(
      async ({ pk, secret, token }) => {
        const s = (window as unknown as { Stripe: (k: string) => Record<string, (a: unknown) => Promise<Record<string, any>>> }).Stripe(pk);
        const declined = await s.confirmSetup!({
          clientSecret: secret,
          redirect: 'if_required',
          confirmParams: { payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds' },
        });
        const missingReturnUrl = await s.confirmSetup!({ clientSecret: secret, confirmParams: {} }).catch((e: Error) => e.name);
        const fromToken = await s.createPaymentMethod!({ type: 'card', card: { token }, billing_details: { name: 'Jenny Rosen' } });
        return { declined: declined.error, missingReturnUrl, fromToken: fromToken.paymentMethod };
      },
      { pk, secret: intent.client_secret!, token: token.id },
    );
    expect(seen.declined).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      setup_intent: { id: intent.id, status: 'requires_payment_method' },
    });
    expect(seen.missingReturnUrl).toBe('IntegrationError');
    expect(seen.fromToken).toMatchObject({ type: 'card', card: { last4: '4242' }, billing_details: { name: 'Jenny Rosen' } });
    await page.context().close();
  });
});
