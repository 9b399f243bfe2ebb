import type { Page } from '@playwright/test';
import type Stripe from 'stripe';
import { expect, merchantReturnParam, returnedQuery, saveButton, test } from './fixtures.ts';
import type { PageServer } from './page-server.ts';
import type { DeferredCheckoutQuery, DeferredCheckoutState, DeferredOutcome } from './pages/deferred-checkout-state.ts';
import { shopperEmail, type Shop } from './shop.ts';
import { enterOneTimeCode, fillCard, paymentElement, stripeDom, threeDSecureChallenge, walletSource } from '../drivers/index.ts';

declare global {
  interface Window {
    deferred: DeferredCheckoutState;
  }
}

/** Opens the deferred-intent page for the shop and waits for the Payment Element's `ready`. */
async function openDeferred(page: Page, pages: PageServer, shop: Shop, query: Omit<DeferredCheckoutQuery, 'pk' | 'return'>): Promise<void> {
  await page.goto(
    pages.deferredCheckoutUrl({ pk: shop.publishableKey, return: pages.returnUrl({ ...merchantReturnParam, pk: shop.publishableKey }), ...query }),
  );
  await page.waitForFunction(() => window.deferred?.ready === true);
}

/** The outcome of the `n`th Save press (from 1). */
async function outcome(page: Page, n = 1): Promise<DeferredOutcome> {
  await page.waitForFunction((count) => window.deferred.outcomes.length >= count, n);
  return page.evaluate((i) => window.deferred.outcomes[i]!, n - 1);
}

const expandedPaymentMethod = async (shop: Shop, id: string) =>
  (await shop.stripe.setupIntents.retrieve(id, { expand: ['payment_method'] })).payment_method as Stripe.PaymentMethod | null;

test.describe('deferred intents: stripe.elements({mode}) before any intent exists', () => {
  test("renders the Payment Element from the group's paymentMethodTypes, or the account's automatic methods, with no intent created", async ({
    page,
    pages,
    shop,
  }) => {
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'setup', types: 'card,us_bank_account' });
    await expect(paymentElement(page).locator('button[data-testid="us_bank_account"]')).toBeVisible();
    await expect(paymentElement(page).locator('button[data-testid="card"]')).toBeVisible();
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'payment' });
    await expect(paymentElement(page).locator(stripeDom.cardNumber)).toBeVisible();
    await expect(paymentElement(page).locator('button[data-testid="us_bank_account"]')).toHaveCount(0);
    expect((await shop.stripe.setupIntents.list()).data).toEqual([]);
    expect((await shop.stripe.paymentIntents.list()).data).toEqual([]);
    expect(await shop.requestedPaths()).toContain('GET /v1/elements/sessions');
  });

  test('elements.update({allowedPaymentMethodTypes}) changes the methods the Payment Element shows', async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'setup' });
    const bankTab = paymentElement(page).locator('button[data-testid="us_bank_account"]');
    await expect(paymentElement(page).locator(stripeDom.cardNumber)).toBeVisible();
    await expect(bankTab).toHaveCount(0);
    await page.evaluate(() => window.deferredElements.update({ allowedPaymentMethodTypes: ['card', 'us_bank_account'] }));
    await expect(bankTab).toBeVisible();
    const asked = (await shop.requests()).filter((e) => e.path === '/v1/elements/sessions');
    expect(asked.at(-1)?.params).toMatchObject({ deferred_intent: { mode: 'setup', payment_method_types: ['card', 'us_bank_account'] } });
  });

  test('confirmSetup with the SetupIntent made after submit: the card saves, and every confirmParams field reaches Stripe', async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'setup', redirect: 'if_required' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    const done = await outcome(page);
    expect(done).toMatchObject({ thrown: null, error: null, status: 'succeeded' });
    const si = await shop.stripe.setupIntents.retrieve(done.intentId!);
    expect(si.status).toBe('succeeded');
    const pm = await expandedPaymentMethod(shop, si.id);
    expect(pm).toMatchObject({ type: 'card', card: { last4: '4242' }, customer: si.customer, metadata: { order: '42' } });
    expect(pm?.billing_details).toMatchObject({
      name: 'Jenny Rosen',
      address: { line1: '1 Main St', city: 'Austin', country: 'US', postal_code: expect.any(String) },
    });
    const confirm = (await shop.requests()).find((e) => e.path === `/v1/setup_intents/${si.id}/confirm`);
    expect(confirm?.params).toMatchObject({ expand: ['payment_method'], use_stripe_sdk: 'true' });
  });

  test('confirmPayment: shipping and receipt_email reach the PaymentIntent; elements.update() switched the group from setup to payment', async ({
    page,
    pages,
    shop,
  }) => {
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'setup', updateToPayment: '1', redirect: 'if_required' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    const done = await outcome(page);
    expect(done).toMatchObject({ thrown: null, error: null, status: 'succeeded' });
    const pi = await shop.stripe.paymentIntents.retrieve(done.intentId!);
    expect(pi.status).toBe('succeeded');
    expect(pi.receipt_email).toBe('receipts@example.com');
    const confirm = (await shop.requests()).find((e) => e.path === `/v1/payment_intents/${pi.id}/confirm`);
    expect(confirm?.params).toMatchObject({
      shipping: { name: 'Jenny Rosen', address: { line1: '1 Main St', country: 'US' } },
      receipt_email: 'receipts@example.com',
    });
  });

  test('a return_url redirect after confirmSetup lands with the SetupIntent the server made', async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'setup' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    const query = await returnedQuery(page);
    expect(query.get('redirect_status')).toBe('succeeded');
    expect((await shop.stripe.setupIntents.retrieve(query.get('setup_intent')!)).status).toBe('succeeded');
  });

  test('throws IntegrationError as Stripe.js does: confirm without elements.submit(), and an intent of another kind than the mode', async ({
    page,
    pages,
    shop,
  }) => {
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'setup', skipSubmit: '1' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    expect((await outcome(page)).thrown).toMatchObject({ name: 'IntegrationError', message: expect.stringContaining('elements.submit()') });
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'setup', confirmAs: 'payment' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    expect((await outcome(page)).thrown).toMatchObject({ name: 'IntegrationError', message: expect.stringContaining("mode: 'setup'") });
    const [pi] = (await shop.stripe.paymentIntents.list()).data;
    expect(pi?.status).toBe('requires_payment_method');
  });

  test('a validation error from elements.submit() stops the flow before any intent', async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'confirm', mode: 'setup' });
    await saveButton(page).click();
    expect((await outcome(page)).error).toMatchObject({ type: 'validation_error' });
    expect((await shop.stripe.setupIntents.list()).data).toEqual([]);
  });
});

test.describe('ConfirmationTokens: the server confirms with confirmation_token', () => {
  test("a card: the SetupIntent the server creates and confirms with the token succeeds, and the PaymentMethod is the shopper's", async ({
    page,
    pages,
    shop,
  }) => {
    await openDeferred(page, pages, shop, { flow: 'token', mode: 'setup', sfu: 'off_session' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    const done = await outcome(page);
    expect(done).toMatchObject({ thrown: null, error: null, status: 'succeeded', confirmationToken: expect.stringMatching(/^ctoken_/) });
    const token = await shop.stripe.confirmationTokens.retrieve(done.confirmationToken!);
    expect(token).toMatchObject({
      setup_intent: done.intentId,
      setup_future_usage: 'off_session',
      return_url: expect.stringContaining('/return'),
      payment_method_preview: { type: 'card', billing_details: { name: 'Jenny Rosen' } },
    });
    const pm = await expandedPaymentMethod(shop, done.intentId!);
    expect(pm).toMatchObject({ type: 'card', card: { last4: '4242' }, billing_details: { name: 'Jenny Rosen' } });
  });

  test('a 3DS card: the confirmed SetupIntent needs the challenge, which stripe.handleNextAction shows; Complete sets it up', async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'token', mode: 'setup' });
    await fillCard(page, { number: '4000002500003155' });
    await saveButton(page).click();
    await threeDSecureChallenge(page).complete.click();
    const done = await outcome(page);
    expect(done).toMatchObject({ error: null, status: 'succeeded' });
    expect((await shop.stripe.setupIntents.retrieve(done.intentId!)).status).toBe('succeeded');
  });

  test('a Link wallet shopper: the token carries their Link choice and the PaymentIntent is paid with a Link PaymentMethod', async ({ page, pages, shop }) => {
    const email = shopperEmail('token-wallet');
    await shop.seedLinkShopper(email);
    await openDeferred(page, pages, shop, { flow: 'token', mode: 'payment', email });
    await enterOneTimeCode(paymentElement(page), '123456');
    await expect(walletSource(page, /Visa.*4242/)).toBeVisible();
    await saveButton(page).click();
    const done = await outcome(page);
    expect(done).toMatchObject({ error: null, status: 'succeeded' });
    const pi = await shop.stripe.paymentIntents.retrieve(done.intentId!, { expand: ['payment_method'] });
    expect(pi.status).toBe('succeeded');
    expect(pi.payment_method).toMatchObject({ type: 'link', link: { email } });
  });

  test('a new shopper who ticks the Link opt-in: signed up to Link, the token is of their new wallet and the SetupIntent saves a Link PaymentMethod', async ({
    page,
    pages,
    shop,
  }) => {
    const email = shopperEmail('token-opt-in');
    await openDeferred(page, pages, shop, { flow: 'token', mode: 'setup', email });
    await fillCard(page, { number: '4242424242424242' });
    const optIn = paymentElement(page).locator(stripeDom.linkOptIn);
    await expect(optIn).toBeAttached();
    await paymentElement(page).locator(stripeDom.linkOptInLabel).click();
    await expect(optIn).toBeChecked();
    expect(await shop.linkAccount(email)).toBeUndefined();
    await saveButton(page).click();
    const done = await outcome(page);
    expect(done).toMatchObject({ thrown: null, error: null, status: 'succeeded' });
    expect((await shop.stripe.confirmationTokens.retrieve(done.confirmationToken!)).payment_method_preview).toMatchObject({ type: 'link', link: { email } });
    expect(await expandedPaymentMethod(shop, done.intentId!)).toMatchObject({ type: 'link', link: { email } });
    expect((await shop.linkAccount(email))?.funding_sources).toEqual([
      expect.objectContaining({ type: 'card', card: expect.objectContaining({ last4: '4242' }) }),
    ]);
  });

  test("a shipping Address Element: the token carries its address, which becomes the PaymentIntent's shipping", async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'token', mode: 'payment', address: 'shipping' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    const done = await outcome(page);
    expect(done).toMatchObject({ thrown: null, error: null, status: 'succeeded' });
    expect((await shop.stripe.confirmationTokens.retrieve(done.confirmationToken!)).shipping).toMatchObject({
      name: 'Jo Shipper',
      address: { line1: '9 Dock Rd', postal_code: '97201' },
    });
    expect((await shop.stripe.paymentIntents.retrieve(done.intentId!)).shipping).toMatchObject({
      name: 'Jo Shipper',
      address: { line1: '9 Dock Rd', city: 'Portland', country: 'US' },
    });
  });

  test('createConfirmationToken before elements.submit() throws IntegrationError', async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'token', mode: 'setup', skipSubmit: '1' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    expect((await outcome(page)).thrown).toMatchObject({ name: 'IntegrationError', message: expect.stringContaining('elements.submit()') });
    expect(await shop.requestedPaths()).not.toContain('POST /v1/confirmation_tokens');
  });
});

test.describe("createPaymentMethod({elements}) with paymentMethodCreation: 'manual'", () => {
  test("a card: the PaymentMethod saves with the server's SetupIntent", async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'payment-method', mode: 'setup', manual: '1' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    const done = await outcome(page);
    expect(done).toMatchObject({ thrown: null, error: null, status: 'succeeded', paymentMethod: expect.stringMatching(/^pm_/) });
    expect(await expandedPaymentMethod(shop, done.intentId!)).toMatchObject({ id: done.paymentMethod, type: 'card', billing_details: { name: 'Jenny Rosen' } });
  });

  test('a Link wallet shopper gets their Link PaymentMethod', async ({ page, pages, shop }) => {
    const email = shopperEmail('pm-wallet');
    await shop.seedLinkShopper(email);
    await openDeferred(page, pages, shop, { flow: 'payment-method', mode: 'setup', manual: '1', email });
    await enterOneTimeCode(paymentElement(page), '123456');
    await expect(walletSource(page, /Visa.*4242/)).toBeVisible();
    await saveButton(page).click();
    const done = await outcome(page);
    expect(done).toMatchObject({ thrown: null, error: null, status: 'succeeded' });
    expect(await expandedPaymentMethod(shop, done.intentId!)).toMatchObject({ id: done.paymentMethod, type: 'link', link: { email } });
  });

  test('without paymentMethodCreation: manual it throws IntegrationError and creates nothing', async ({ page, pages, shop }) => {
    await openDeferred(page, pages, shop, { flow: 'payment-method', mode: 'setup' });
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    expect((await outcome(page)).thrown).toMatchObject({ name: 'IntegrationError', message: expect.stringContaining("paymentMethodCreation: 'manual'") });
    expect(await shop.requestedPaths()).not.toContain('POST /v1/payment_methods');
  });
});

test('stripe.handleNextAction follows redirect_to_url: the shopper completes 3D Secure on the redirect page and returns to return_url', async ({
  page,
  pages,
  shop,
}) => {
  await openDeferred(page, pages, shop, { flow: 'next-action', mode: 'payment' });
  await saveButton(page).click();
  await page.waitForURL((url) => url.pathname.includes('three-ds-2-challenge'));
  // The full-page challenge: the page itself is Stripe's, with the issuer's challenge frame in it.
  await page.frameLocator(stripeDom.challengeForm).locator(stripeDom.completeChallenge).click();
  const query = await returnedQuery(page);
  const pi = await shop.stripe.paymentIntents.retrieve(query.get('payment_intent')!);
  expect(pi.status).toBe('succeeded');
  expect(query.get('order')).toBe(merchantReturnParam.order);
});
