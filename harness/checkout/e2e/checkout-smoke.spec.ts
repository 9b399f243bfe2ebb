// The reference checkout, end to end in Chromium: a smoke test of the harness's own checkout
// (`npm run test:harness`, harness/playwright.config.ts, which starts `npx link-harness serve`).
// It signs up through the reference shop's own pages and reads the emulator directly; the
// conformance scenarios (scenarios/) check the same requirements through the drivers and inspector.
import { faker } from '@faker-js/faker/locale/en';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import Stripe from 'stripe';
import { BrowserTraffic } from '../../inspect/index.ts';
import { fakeEmail } from '../fake-email.ts';
// Stripe's DOM (DESIGN.md) through the harness's drivers.
import { fillCard, linkAuthenticationElement, paymentElement, stripeDom, threeDSecureChallenge, walletSource } from '../../drivers/index.ts';

const emulatorUrl = new URL(process.env.LINK_HARNESS_EMULATOR_URL ?? 'http://127.0.0.1:12111');
const tags = (...ids: string[]) => ({ tag: ids.map((id) => `@${id}`) });

/** The checkout's Stripe account on the emulator, as its server sees it (from the publishable key it hands pages). */
async function shopStripe(page: Page): Promise<{ stripe: Stripe; account: string }> {
  const health = (await (await page.request.get('/healthz')).json()) as { backend: string; publishable_key: string };
  expect(health.backend).toBe('emulator');
  const account = health.publishable_key.replace(/^pk_test_/, '');
  return {
    account,
    stripe: new Stripe(`sk_test_${account}`, { host: emulatorUrl.hostname, port: Number(emulatorUrl.port), protocol: 'http', maxNetworkRetries: 0 }),
  };
}

async function signUp(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Name').fill(faker.person.fullName());
  await page.locator('#signup-email').fill(email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
}

/** Opens the save page and waits for the Payment Element to be ready (the page enables its button then). */
async function openSavePage(page: Page): Promise<void> {
  await page.goto('/account/payment-methods/new');
  await expect(page.getByRole('button', { name: 'Save payment method' })).toBeEnabled();
}

/**
 * Submits the save form from the keyboard. A mouse click can land in the Payment Element's frame
 * instead: the emulated frame still resizes after the Link opt-in is checked (reported upstream).
 */
const submitSaveForm = (page: Page) => page.getByRole('button', { name: 'Save payment method' }).press('Enter');

async function saveAndLand(page: Page): Promise<URL> {
  await submitSaveForm(page);
  await expect(page.locator('[data-setup-outcome]')).toHaveAttribute('data-setup-outcome', 'succeeded');
  return new URL(page.url());
}

/** Sign up and save a card with the Link opt-in checked; resolves with the return page's URL. */
async function newShopperSavesWithLink(page: Page, email: string): Promise<URL> {
  await signUp(page, email);
  await page.getByRole('link', { name: 'Add a payment method' }).click();
  await expect(page.getByRole('button', { name: 'Save payment method' })).toBeEnabled();
  await expect(linkAuthenticationElement(page).locator(stripeDom.email)).toHaveValue(email);
  await fillCard(page, { number: '4242424242424242' });
  await paymentElement(page).locator(stripeDom.linkOptInLabel).click();
  await expect(paymentElement(page).locator(stripeDom.linkOptIn)).toBeChecked();
  return saveAndLand(page);
}

/** A Safari-like return visit: a fresh browser context that keeps only the shop's own cookies. */
async function returnVisit(browser: Browser, from: BrowserContext, origin: string): Promise<BrowserContext> {
  const shopHost = new URL(origin).hostname;
  const context = await browser.newContext({ baseURL: origin });
  await context.addCookies((await from.cookies()).filter((c) => c.domain === shopHost));
  return context;
}

test(
  'SETUP-01 SETUP-02 SETUP-04 EMAIL-01 CONFIRM-01 CONFIRM-02 COOKIE-01 COOKIE-02 OFF-01 reference checkout: a new shopper signs up, saves a card with Link opt-in, and is charged later (guide: the whole flow)',
  tags('SETUP-01', 'SETUP-02', 'SETUP-04', 'EMAIL-01', 'CONFIRM-01', 'CONFIRM-02', 'COOKIE-01', 'COOKIE-02', 'OFF-01'),
  async ({ page, context, request }) => {
    const email = fakeEmail();
    const landed = await newShopperSavesWithLink(page, email);
    const setupIntentId = landed.searchParams.get('setup_intent')!;
    expect(landed.pathname).toBe('/account/payment-methods/return');
    expect(landed.searchParams.get('setup_intent_client_secret')).toMatch(new RegExp(`^${setupIntentId}_secret_`));
    await expect(page.getByText(`Link (${email}) is saved`)).toBeVisible();

    const { stripe } = await shopStripe(page);
    const setupIntent = await stripe.setupIntents.retrieve(setupIntentId, { expand: ['payment_method', 'customer'] });
    expect(setupIntent).toMatchObject({ status: 'succeeded', usage: 'off_session', payment_method_types: ['link', 'card'], customer: { email } });
    const paymentMethod = setupIntent.payment_method as Stripe.PaymentMethod;
    expect(paymentMethod).toMatchObject({ type: 'link', link: { email } });

    const cookie = (await context.cookies()).find((c) => c.name === 'stripe.link.persistent_token');
    expect(cookie).toMatchObject({ value: paymentMethod.link!.persistent_token, httpOnly: true, sameSite: 'Strict', path: '/', domain: 'localhost' });
    expect(Math.abs(cookie!.expires * 1000 - (Date.now() + 90 * 24 * 3600 * 1000))).toBeLessThan(5 * 60 * 1000);
    expect(await page.evaluate(() => document.cookie)).not.toContain('stripe.link.persistent_token');

    await page.getByRole('link', { name: 'Go to your account' }).click();
    await expect(page.locator('[data-payment-method]')).toHaveText([new RegExp(`Link \\(${email}\\)`)]);
    await page.getByRole('button', { name: 'Charge now' }).click();
    await expect(page.getByRole('status')).toHaveText('Payment of $10.99 succeeded.');
    await expect(page.locator('tr[data-outcome]')).toHaveCount(1);
    await expect(page.locator('tr[data-outcome="succeeded"]')).toHaveCount(1);

    // The CHARGE_URL hook, as a job runner would call it.
    const chargeUrl = process.env.CHARGE_URL ?? '/charge-later';
    const hook = await request.post(chargeUrl, { data: { customer: (setupIntent.customer as Stripe.Customer).id, amount: 2500, currency: 'usd' } });
    expect(hook.status()).toBe(200);
    expect(await hook.json()).toMatchObject({ outcome: 'succeeded', payment_method: paymentMethod.id, amount: 2500 });
    await page.reload();
    await expect(page.locator('tr[data-outcome="succeeded"]')).toHaveCount(2);
  },
);

/** The setup calls the shop's account received since a time, from the emulator's request log. */
async function shopRequests(page: Page, account: string, since: number): Promise<{ id: string; method: string; path: string; params: Record<string, any> }[]> {
  return ((await (await page.request.get(`${emulatorUrl.origin}/_harness/requests?account=${account}&since=${since}`)).json()) as { data: any[] }).data;
}

/** A shopper who saved with Link comes back in a fresh context holding only the shop's cookies, and opens the save page. */
async function returningShopper(browser: Browser, page: Page, context: BrowserContext, baseURL: string) {
  const email = fakeEmail();
  await newShopperSavesWithLink(page, email);
  const token = (await context.cookies()).find((c) => c.name === 'stripe.link.persistent_token')!.value;
  const later = await returnVisit(browser, context, baseURL);
  // The shop's account is shared by parallel tests: note which Stripe calls this browser made.
  const laterCalls = new BrowserTraffic((url) => url.origin === emulatorUrl.origin);
  laterCalls.watch(later);
  const since = Date.now();
  const back = await later.newPage();
  await openSavePage(back);
  return { email, token, later, back, since, laterCalls, ...(await shopStripe(back)) };
}

test(
  "COOKIE-03 reference checkout: the shopper comes back in a new browser session with only the shop's cookies; the new SetupIntent carries the token and Link signs them in without a code (guide: Merchant domain cookie)",
  tags('COOKIE-03'),
  async ({ browser, page, context, baseURL }) => {
    const { email, token, later, back, since, laterCalls, account, stripe } = await returningShopper(browser, page, context, baseURL!);
    try {
      await expect(linkAuthenticationElement(back).getByText(`Signed in with Link as ${email}`)).toBeVisible();
      await expect(linkAuthenticationElement(back).locator(stripeDom.oneTimeCode)).toBeHidden();
      // The shop's account is shared by parallel tests: take this shopper's SetupIntent create only.
      const [customer] = (await stripe.customers.list({ email })).data;
      const calls = await shopRequests(back, account, since);
      const create = calls.find((c) => c.method === 'POST' && c.path === '/v1/setup_intents' && c.params.customer === customer?.id);
      expect(create?.params).toMatchObject({ payment_method_options: { link: { persistent_token: token } } });
      const verifications = calls.filter((c) => laterCalls.requestIds.has(c.id) && c.path.includes('verification'));
      expect(
        calls.some((c) => laterCalls.requestIds.has(c.id) && c.path === '/v1/consumers/sessions/lookup'),
        'the returning browser looked the shopper up in Link',
      ).toBe(true);
      expect(verifications).toEqual([]);
    } finally {
      await later.close();
    }
  },
);

test(
  'COOKIE-04 reference checkout: the returning shopper (Safari-like: shop cookies only) saves with Link from the wallet, without a code (guide: Merchant domain cookie)',
  tags('COOKIE-04'),
  async ({ browser, page, context, baseURL }) => {
    const { email, token, later, back, stripe } = await returningShopper(browser, page, context, baseURL!);
    try {
      await expect(walletSource(back, /Visa.*4242/)).toBeVisible();
      const landed = await saveAndLand(back);
      const setupIntent = await stripe.setupIntents.retrieve(landed.searchParams.get('setup_intent')!, { expand: ['payment_method'] });
      expect(setupIntent.payment_method_options?.link?.persistent_token).toBe(token);
      expect(setupIntent.payment_method).toMatchObject({ type: 'link', link: { email } });
    } finally {
      await later.close();
    }
  },
);

test(
  'OFF-02 reference checkout: a card that always asks for 3D Secure is saved, its later charge is recorded as needing the shopper, and the shopper completes it on-session (guide: Charge the saved payment method later)',
  tags('OFF-02'),
  async ({ page }) => {
    await signUp(page, fakeEmail());
    await openSavePage(page);
    await fillCard(page, { number: '4000002760003184' });
    await submitSaveForm(page);
    await threeDSecureChallenge(page).complete.click();
    await expect(page.locator('[data-setup-outcome]')).toHaveAttribute('data-setup-outcome', 'succeeded');

    await page.getByRole('link', { name: 'Go to your account' }).click();
    await page.getByRole('button', { name: 'Charge now' }).click();
    await expect(page.locator('tr[data-outcome="requires_authentication"]')).toHaveCount(1);
    await page.getByRole('link', { name: 'Authenticate the payment' }).click();
    await page.getByRole('button', { name: 'Confirm payment' }).click();
    await threeDSecureChallenge(page).complete.click();
    await expect(page.getByRole('status')).toHaveText('Payment of $10.99 succeeded.');
    await expect(page.locator('tr[data-outcome="succeeded"]')).toContainText('Completed after you authenticated it.');
  },
);
