import type { Page } from '@playwright/test';
import { confirmOutcome, expect, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail, type Shop } from './shop.ts';
import { linkAuthenticationElement, logInToLink, paymentElement, stripeDom, stripeFrameStorage, typeEmail, walletSource } from '../drivers/index.ts';

/** The OTP calls the shop's account received since a time: none means the shopper was not asked for a code. */
const verificationCalls = async (shop: Shop, since: number) => (await shop.requestedPaths(since)).filter((p) => p.includes('_verification'));

/** Saves and checks the SetupIntent holds a Link payment method for the shopper. */
async function savesWithLink(page: Page, shop: Shop, setupIntentId: string, email: string) {
  await saveButton(page).click();
  expect((await returnedQuery(page)).get('redirect_status')).toBe('succeeded');
  const saved = await shop.setupIntent(setupIntentId);
  expect(saved.status).toBe('succeeded');
  expect(saved.payment_method).toMatchObject({ type: 'link', link: { email } });
  return saved;
}

test.describe('a shopper Link remembers', () => {
  test('merchant cookie path (Safari-like): the persistent token of an earlier Link setup, put on the next SetupIntent, logs the shopper in without a code in a fresh browser context', async ({
    openCheckout,
    shop,
    browser,
  }) => {
    const email = shopperEmail('cookie');
    await shop.seedLinkShopper(email);
    const first = await openCheckout({ customerEmail: email });
    await logInToLink(first.page, email);
    const firstSaved = await savesWithLink(first.page, shop, first.setupIntentId, email);
    const persistentToken = firstSaved.payment_method?.link?.persistent_token;
    expect(persistentToken).toEqual(expect.any(String));

    const freshContext = await browser.newContext();
    try {
      const since = Date.now();
      const second = await openCheckout({ page: await freshContext.newPage(), customerEmail: email, persistentToken: persistentToken! });
      await expect(walletSource(second.page, /Visa.*4242/)).toBeVisible();
      await expect(linkAuthenticationElement(second.page).locator(stripeDom.email)).toHaveValue(email);
      await expect(linkAuthenticationElement(second.page).locator(stripeDom.oneTimeCode)).toBeHidden();
      await savesWithLink(second.page, shop, second.setupIntentId, email);
      expect(await verificationCalls(shop, since)).toEqual([]);
    } finally {
      await freshContext.close();
    }
  });

  test('merchant cookie path with the email prefilled (Safari-like): Link Authentication Element `defaultValues.email` plus the token on the intent log the shopper in; the Payment Element shows the wallet, not the card form, and setup saves a Link payment method without a code', async ({
    openCheckout,
    shop,
    browser,
  }) => {
    const email = shopperEmail('cookie-prefill');
    await shop.seedLinkShopper(email);
    const first = await openCheckout({ customerEmail: email });
    await logInToLink(first.page, email);
    const persistentToken = (await savesWithLink(first.page, shop, first.setupIntentId, email)).payment_method?.link?.persistent_token;
    expect(persistentToken).toEqual(expect.any(String));

    const freshContext = await browser.newContext();
    try {
      const since = Date.now();
      const second = await openCheckout({ page: await freshContext.newPage(), prefill: email, persistentToken: persistentToken! });
      await expect(linkAuthenticationElement(second.page).getByText(`Signed in with Link as ${email}`)).toBeVisible();
      await expect(walletSource(second.page, /Visa.*4242/)).toBeVisible();
      await expect(paymentElement(second.page).locator(stripeDom.cardNumber)).toBeHidden();
      await expect(linkAuthenticationElement(second.page).locator(stripeDom.oneTimeCode)).toBeHidden();
      await savesWithLink(second.page, shop, second.setupIntentId, email);
      expect(await verificationCalls(shop, since)).toEqual([]);
      // Every lookup carried the intent (the token's way in); none treated the email as a stranger's.
      const lookups = (await shop.requests(since)).filter((r) => r.path === '/v1/consumers/sessions/lookup');
      expect(lookups.length).toBeGreaterThan(0);
      expect(lookups.filter((r) => r.params.intent_client_secret === undefined)).toEqual([]);
    } finally {
      await freshContext.close();
    }
  });

  test('Chrome-like browser (third-party storage kept): the Link frame stores the session, and the next visit in the same browser logs in without a code', async ({
    chromeLikeBrowser,
    openCheckout,
    shop,
  }) => {
    const email = shopperEmail('chrome');
    await shop.seedLinkShopper(email);
    const context = await chromeLikeBrowser.newContext();
    try {
      const first = await openCheckout({ page: await context.newPage(), customerEmail: email });
      await logInToLink(first.page, email);
      expect(await stripeFrameStorage(first.page)).toEqual({ keys: expect.arrayContaining([expect.any(String)]) });
      await savesWithLink(first.page, shop, first.setupIntentId, email);

      const since = Date.now();
      const second = await openCheckout({ page: await context.newPage(), customerEmail: email });
      await typeEmail(second.page, email);
      await expect(walletSource(second.page, /Visa.*4242/)).toBeVisible();
      await expect(linkAuthenticationElement(second.page).locator(stripeDom.oneTimeCode)).toBeHidden();
      await savesWithLink(second.page, shop, second.setupIntentId, email);
      expect(await verificationCalls(shop, since)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("Safari-like browser (the project's own): storage throws in the Link frame, Link still works, and the next visit asks for a code again", async ({
    openCheckout,
    shop,
    context,
  }) => {
    const email = shopperEmail('nostorage');
    await shop.seedLinkShopper(email);
    const first = await openCheckout({ customerEmail: email, redirect: 'if_required' });
    expect(await stripeFrameStorage(first.page)).toEqual({ error: 'SecurityError' });
    await logInToLink(first.page, email);
    await saveButton(first.page).click();
    expect((await confirmOutcome(first.page)).setupIntent).toMatchObject({ id: first.setupIntentId, status: 'succeeded' });
    expect((await shop.setupIntent(first.setupIntentId)).payment_method).toMatchObject({ type: 'link', link: { email } });

    const second = await openCheckout({ page: await context.newPage(), customerEmail: email });
    await typeEmail(second.page, email);
    await expect(linkAuthenticationElement(second.page).locator(stripeDom.oneTimeCode)).toBeEditable();
    await expect(walletSource(second.page, /Visa.*4242/)).toBeHidden();
  });
});
