import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import Stripe from 'stripe';
import { scenarioTitle } from '../fixtures/requirements.ts';

const emulatorUrl = process.env.LINK_HARNESS_EMULATOR_URL;
if (!emulatorUrl) throw new Error('link-harness: LINK_HARNESS_EMULATOR_URL is not set; run the scenarios with `npx playwright test`, whose config starts the emulator.');
const emulator = new URL(emulatorUrl);

/** A test-mode key no other test uses, so each test has an account of its own. */
const freshAccount = () => randomUUID().replaceAll('-', '');

const liveKeys = ['sk_live_', 'pk_live_', 'rk_live_'].map((prefix) => `${prefix}${freshAccount()}`);

for (const key of liveKeys) {
  test(...scenarioTitle('SAFE-01', `a live key (${key.slice(0, 8)}…) is refused with 401 livemode_mismatch`), async ({ request }) => {
    const headers = { Authorization: `Bearer ${key}` };
    const list = () => request.get(`${emulatorUrl}/v1/customers`, { headers });
    const create = () => request.post(`${emulatorUrl}/v1/customers`, { headers, form: { email: 'live@example.com' } });
    for (const call of [list, create]) {
      const response = await call();
      expect(response.status()).toBe(401);
      const { error } = (await response.json()) as { error: { type: string; code?: string } };
      expect(error.type).toBe('invalid_request_error');
      expect(error.code).toBe('livemode_mismatch');
    }
  });
}

test(...scenarioTitle('SAFE-01', 'stripe-node with a live key raises StripeAuthenticationError, and the log records the refusal'), async ({ request }) => {
  const since = Date.now();
  const stripe = new Stripe(`sk_live_${freshAccount()}`, { host: emulator.hostname, port: Number(emulator.port), protocol: 'http', maxNetworkRetries: 0 });
  const refused = await stripe.customers.create({ email: 'live@example.com' }).catch((err: unknown) => err);
  expect(refused).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  expect((refused as Stripe.errors.StripeError).code).toBe('livemode_mismatch');
  expect((refused as Stripe.errors.StripeError).statusCode).toBe(401);

  const log = (await (await request.get(`${emulatorUrl}/_harness/requests?since=${since}`)).json()) as {
    data: { path: string; status: number; account: string | null; error: { code?: string } | null }[];
  };
  const entry = log.data.find((e) => e.path === '/v1/customers' && e.error?.code === 'livemode_mismatch');
  expect(entry).toMatchObject({ status: 401, account: null });
});

test(...scenarioTitle('SAFE-01', 'test-mode keys work, each sk_test_ key its own account'), async () => {
  const settings = { host: emulator.hostname, port: Number(emulator.port), protocol: 'http' as const };
  const shop = new Stripe(`sk_test_${freshAccount()}`, settings);
  const otherShop = new Stripe(`sk_test_${freshAccount()}`, settings);
  const customer = await shop.customers.create({ email: 'shopper@example.com' });
  expect(customer.livemode).toBe(false);
  expect((await shop.customers.retrieve(customer.id)).id).toBe(customer.id);
  const elsewhere = await otherShop.customers.retrieve(customer.id).catch((err: unknown) => err);
  expect(elsewhere).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  expect((elsewhere as Stripe.errors.StripeError).code).toBe('resource_missing');
});

test(...scenarioTitle('SAFE-01', 'in Chromium, the emulator answers and refuses a live publishable key'), async ({ page }) => {
  const health = await page.goto(`${emulatorUrl}/_harness/health`);
  expect(health?.status()).toBe(200);
  expect(await health?.json()).toMatchObject({ ok: true });

  const fromBrowser = await page.evaluate(async (key) => {
    const response = await fetch('/v1/customers', { headers: { Authorization: `Bearer ${key}` } });
    return { status: response.status, body: (await response.json()) as { error: { code?: string } } };
  }, `pk_live_${freshAccount()}`);
  expect(fromBrowser.status).toBe(401);
  expect(fromBrowser.body.error.code).toBe('livemode_mismatch');
});
