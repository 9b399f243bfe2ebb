import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { expect, test } from '../fixtures/index.ts';
import { scenarioTitle } from '../fixtures/requirements.ts';
import { buildCheckout, emulatorBackend, LiveKeyError, parseFaults } from '../harness/checkout/index.ts';
import { runLinkHarness } from './steps/run-link-harness.ts';

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

// The reference checkout the harness ships refuses live keys at start. Its two start paths: the
// `serve` command (live keys in the environment mean real Stripe), and the checkout itself, which
// must refuse them even against the emulator. Both run with this run's LINK_HARNESS_FAULTS, as the
// config's own `serve` does, so the self-test's `accept-live-keys` checkout is the one checked.

test(...scenarioTitle('SAFE-01', '`npx link-harness serve` refuses to start with live STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY'), async () => {
  const secretKey = `sk_live_${freshAccount()}`;
  const run = await runLinkHarness(['serve', '--port', '0', '--emulator-port', '0'], { STRIPE_SECRET_KEY: secretKey, STRIPE_PUBLISHABLE_KEY: `pk_live_${freshAccount()}` }, { readyPattern: /reference checkout ready/ });
  const printed = `${run.stdout}${run.stderr}`.trim();
  expect(run.becameReady, `SAFE-01: \`link-harness serve\` started with live keys; it printed: ${printed}`).toBe(false);
  expect(run.code, `SAFE-01: \`link-harness serve\` with live keys should exit non-zero; it ended with ${run.code}: ${printed}`).toBe(1);
  expect(run.stderr, 'SAFE-01: the refusal should say the keys are live-mode keys and the harness is test-mode only').toMatch(/live-mode keys.*test-mode only/s);
  expect(printed.includes(secretKey), 'SAFE-01: the refusal must not print the live secret key in full').toBe(false);
});

test(...scenarioTitle('SAFE-01', 'the reference checkout refuses a live key even against the emulator'), async ({ target }) => {
  const faults = parseFaults(process.env.LINK_HARNESS_FAULTS);
  const emulator = target.backend.kind === 'emulator' ? target.backend.url : emulatorUrl;
  let refusal: unknown;
  try {
    buildCheckout({ backend: emulatorBackend({ emulatorUrl: emulator, secretKey: `sk_live_${freshAccount()}` }), faults });
  } catch (err) {
    refusal = err;
  }
  expect(
    refusal,
    `SAFE-01: the reference checkout${faults.size ? ` (faults: ${[...faults].join(', ')})` : ''} started with a live secret key against the emulator; it must refuse live keys whatever Stripe it talks to`,
  ).toBeInstanceOf(LiveKeyError);
});
