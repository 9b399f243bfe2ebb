// Test-only helpers for the checkout's route tests: one emulator per test file, one shop (its own
// Stripe account) per test, and a scripted stand-in for what Stripe.js does in the browser.
import { faker } from '@faker-js/faker/locale/en';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import supertest from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import { startEmulator, type RequestLogEntry, type RunningEmulator } from '../emulator/index.ts';
import type { SavePageConfig } from './browser/page-config.ts';
import type { FaultName } from './faults.ts';
import type { CheckoutSettings } from './settings.ts';
import { startCheckout, type RunningCheckout } from './start-checkout.ts';
import { emulatorBackend } from './stripe-backend.ts';
import { fakeEmail } from './fake-email.ts';

/** A shopper's browser: a cookie jar in front of the checkout. */
export type Browser = InstanceType<typeof supertest.agent>;

/** A raw answer from the emulator. */
export interface RawAnswer {
  status: number;
  body: any;
}

/** One shop under test: a listening checkout on its own Stripe account of the shared emulator. */
export interface TestShop {
  checkout: RunningCheckout;
  /** The shop's Stripe account, through stripe-node (as the shop's server sees it). */
  stripe: Stripe;
  accountKey: string;
  /** A new browser (empty cookie jar). */
  browser(): Browser;
  /** Signs a new shopper up in `browser`; resolves with their email and Customer id. */
  signUp(browser: Browser, email?: string): Promise<{ email: string; customerId: string }>;
  /** Opens the save page; resolves with the answer and the page script's data. */
  openSavePage(
    browser: Browser,
    query?: string,
    headers?: Record<string, string>,
  ): Promise<{ res: supertest.Response; config: SavePageConfig & Record<string, any> }>;
  /** What Stripe.js sends to confirm the page's SetupIntent, with a card or a new Link shopper. */
  confirmInBrowser(config: SavePageConfig, payWith: { card: string } | { link: string }): Promise<RawAnswer>;
  /** Follows confirmSetup's redirect (or the page's own move, with `no-return-url`) to the return page. */
  land(browser: Browser, config: SavePageConfig, extraQuery?: Record<string, string>): Promise<supertest.Response>;
  /** The errors the checkout answered with a 500, in order. */
  serverErrors: unknown[];
  /** The emulator's request log for this shop's account. */
  requests(): RequestLogEntry[];
  /** A call to the emulator as the shop's pages would make it (publishable key). */
  browserCall(method: string, path: string, params?: Record<string, string>): Promise<RawAnswer>;
}

/** The SetupIntent id inside a client secret (`seti_…_secret_…`). */
export const setupIntentIdOf = (clientSecret: string) => clientSecret.slice(0, clientSecret.indexOf('_secret_'));

export { fakeEmail };

/** The checkout's page data, read from its `#checkout-config` block. */
export function pageConfigOf(html: string): SavePageConfig & Record<string, any> {
  const m = /<script type="application\/json" id="checkout-config">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error(`no #checkout-config block in the page:\n${html.slice(0, 500)}`);
  return JSON.parse(m[1]!);
}

/** One `Set-Cookie` header, parsed: its value and attributes (names lowercased). */
export function setCookie(res: supertest.Response, name: string): { value: string; attributes: Record<string, string | true> } | undefined {
  const headers = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const line = headers.find((h) => h.startsWith(`${name}=`));
  if (!line) return undefined;
  const [pair, ...attrs] = line.split(';').map((s) => s.trim());
  const attributes: Record<string, string | true> = {};
  for (const a of attrs) {
    const eq = a.indexOf('=');
    if (eq < 0) attributes[a.toLowerCase()] = true;
    else attributes[a.slice(0, eq).toLowerCase()] = a.slice(eq + 1);
  }
  return { value: decodeURIComponent(pair!.slice(name.length + 1)), attributes };
}

/**
 * Starts one emulator for the test file and hands out shops on it; everything stops after the file.
 *
 * @example
 * const harness = useCheckoutHarness();
 * it('…', async () => { const shop = await harness.shop({ faults: ['no-cookie'] }); … });
 */
export function useCheckoutHarness() {
  let emulator: RunningEmulator | undefined;
  const running: RunningCheckout[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => {
    await Promise.all(running.map((c) => c.close()));
    await emulator?.close();
  });
  const em = () => {
    if (!emulator) throw new Error('useCheckoutHarness: the emulator is not started yet (use it inside a test)');
    return emulator;
  };

  async function shop({
    faults = [],
    settings,
    https = false,
    secretKey,
  }: { faults?: FaultName[]; settings?: Partial<CheckoutSettings>; https?: boolean; secretKey?: string } = {}): Promise<TestShop> {
    const accountKey = `co${randomBytes(8).toString('hex')}`;
    const backend = emulatorBackend({ emulatorUrl: em().url, secretKey: secretKey ?? `sk_test_${accountKey}` });
    const serverErrors: unknown[] = [];
    const checkout = await startCheckout({ port: 0, https, backend, faults, logError: (_m, err) => serverErrors.push(err), ...(settings ? { settings } : {}) });
    running.push(checkout);
    const ca = checkout.certificate?.cert;
    const stripe = new Stripe(`sk_test_${accountKey}`, { host: '127.0.0.1', port: em().port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
    const browser = (): Browser => supertest.agent(checkout.url, ca ? { ca } : {});
    const browserCall = async (method: string, path: string, params: Record<string, string> = {}): Promise<RawAnswer> => {
      const body = new URLSearchParams(params).toString();
      const get = method === 'GET';
      const res = await fetch(`${em().url}${path}${get && body ? `?${body}` : ''}`, {
        method,
        headers: { authorization: `Bearer pk_test_${accountKey}`, 'content-type': 'application/x-www-form-urlencoded' },
        ...(get ? {} : { body }),
      });
      return { status: res.status, body: await res.json() };
    };
    return {
      checkout,
      stripe,
      accountKey,
      serverErrors,
      browser,
      browserCall,
      async signUp(b, email = fakeEmail()) {
        const res = await b.post('/signup').type('form').send({ email, name: faker.person.fullName() });
        if (res.status !== 303) throw new Error(`sign-up answered ${res.status}: ${res.text.slice(0, 300)}`);
        const customerId = checkout.context.shoppers.find(email)!.customerId;
        return { email, customerId };
      },
      async openSavePage(b, query = '', headers = {}) {
        const res = await b.get(`/account/payment-methods/new${query}`).set(headers);
        if (res.status !== 200) throw new Error(`save page answered ${res.status}: ${res.text.slice(0, 300)}`);
        return { res, config: pageConfigOf(res.text) };
      },
      async confirmInBrowser(config, payWith) {
        const params: Record<string, string> = { client_secret: config.clientSecret, use_stripe_sdk: 'true' };
        if (config.confirm.returnUrl !== null) params.return_url = config.confirm.returnUrl;
        if ('card' in payWith) params.payment_method = payWith.card;
        else {
          const signedUp = await browserCall('POST', '/v1/consumers/accounts/sign_up', { email_address: payWith.link, country: 'US' });
          if (signedUp.status !== 200) throw new Error(`Link sign-up answered ${signedUp.status}: ${JSON.stringify(signedUp.body)}`);
          params['payment_method_data[type]'] = 'link';
          params['payment_method_data[link][consumer_session_client_secret]'] = signedUp.body.consumer_session.client_secret;
        }
        return browserCall('POST', `/v1/setup_intents/${setupIntentIdOf(config.clientSecret)}/confirm`, params);
      },
      land(b, config, extraQuery = {}) {
        const id = setupIntentIdOf(config.clientSecret);
        if (config.confirm.returnUrl === null) return b.get(`${new URL(config.confirm.afterUrl).pathname}?setup_intent=${id}`);
        const url = new URL(config.confirm.returnUrl);
        url.search = new URLSearchParams({
          setup_intent: id,
          setup_intent_client_secret: config.clientSecret,
          redirect_status: 'succeeded',
          ...extraQuery,
        }).toString();
        return b.get(`${url.pathname}${url.search}`);
      },
      requests: () => em().log.list({ account: accountKey }),
    };
  }

  return {
    shop,
    get emulator() {
      return em();
    },
  };
}
