import type { Page } from '@playwright/test';
import { expect, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail, type Shop } from './shop.ts';
import { enterOneTimeCode, fillCard, linkAuthenticationElement, paymentElement, stripeDom, typeEmail, walletSource } from '../drivers/index.ts';

/** Saves with what the page shows and checks the SetupIntent holds a Link payment method for the shopper. */
async function savesWithLink(page: Page, shop: Shop, setupIntentId: string, email: string) {
  await saveButton(page).click();
  const query = await returnedQuery(page);
  expect(query.get('setup_intent')).toBe(setupIntentId);
  expect(query.get('redirect_status')).toBe('succeeded');
  const saved = await shop.setupIntent(setupIntentId);
  expect(saved.status).toBe('succeeded');
  expect(saved.payment_method).toMatchObject({ type: 'link', link: { email } });
}

const countOf = (paths: string[], suffix: string) => paths.filter((p) => p.endsWith(suffix)).length;

test.describe('a returning Link shopper verifies with a one-time code', () => {
  test('any other six digits: logged in, the wallet shows the default source, and setup saves a Link payment method', async ({ openCheckout, shop }) => {
    const email = shopperEmail('returning');
    await shop.seedLinkShopper(email);
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    await typeEmail(page, email);
    const linkFrame = linkAuthenticationElement(page);
    await enterOneTimeCode(linkFrame, '424242');
    await expect(walletSource(page, /Visa.*4242/)).toBeVisible();
    await expect(linkFrame.locator(stripeDom.oneTimeCode)).toBeHidden();
    await expect(paymentElement(page).locator(stripeDom.cardNumber)).toBeHidden();
    await savesWithLink(page, shop, setupIntentId, email);
  });

  test('000001: an invalid-code error, then a correct code logs in', async ({ openCheckout, shop }) => {
    const email = shopperEmail('mistyped');
    await shop.seedLinkShopper(email);
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    await typeEmail(page, email);
    const linkFrame = linkAuthenticationElement(page);
    await enterOneTimeCode(linkFrame, '000001');
    await expect(linkFrame.getByText(/incorrect|invalid/i)).toBeVisible();
    await expect(walletSource(page, /Visa.*4242/)).toBeHidden();

    await enterOneTimeCode(linkFrame, '123456');
    await expect(walletSource(page, /Visa.*4242/)).toBeVisible();
    await expect(linkFrame.getByText(/incorrect|invalid/i)).toHaveCount(0);
    await savesWithLink(page, shop, setupIntentId, email);
  });

  test('000002: an expired-code error, "send a new code", then a code logs in', async ({ openCheckout, shop }) => {
    const email = shopperEmail('slow');
    await shop.seedLinkShopper(email);
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    await typeEmail(page, email);
    const linkFrame = linkAuthenticationElement(page);
    await enterOneTimeCode(linkFrame, '000002');
    await expect(linkFrame.getByText(/expired/i)).toBeVisible();
    expect(countOf(await shop.requestedPaths(), '/v1/consumers/sessions/start_verification')).toBe(1);

    await linkFrame.getByRole('button', { name: /new code|resend/i }).click();
    await expect.poll(async () => countOf(await shop.requestedPaths(), '/v1/consumers/sessions/start_verification')).toBe(2);
    await enterOneTimeCode(linkFrame, '123456');
    await expect(walletSource(page, /Visa.*4242/)).toBeVisible();
    await savesWithLink(page, shop, setupIntentId, email);
  });

  test('000003: Link locks for this email, and the shopper finishes with a card', async ({ openCheckout, shop }) => {
    const email = shopperEmail('locked');
    await shop.seedLinkShopper(email);
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    await typeEmail(page, email);
    const linkFrame = linkAuthenticationElement(page);
    await enterOneTimeCode(linkFrame, '000003');
    await expect(linkFrame.getByText(/too many|locked/i)).toBeVisible();
    expect((await shop.linkAccount(email))?.locked).toBe(true);

    await expect(paymentElement(page).locator(stripeDom.cardNumber)).toBeVisible();
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();
    expect((await returnedQuery(page)).get('redirect_status')).toBe('succeeded');
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '4242' } });
  });

  test('Payment Element alone with the email prefilled: the code entry opens in the Payment Element and Link saves', async ({ openCheckout, shop }) => {
    const email = shopperEmail('prefilled');
    await shop.seedLinkShopper(email);
    const { page, setupIntentId } = await openCheckout({ layout: 'payment-only', prefill: email });
    await expect(page.locator(stripeDom.linkAuthenticationFrame)).toHaveCount(0);
    await enterOneTimeCode(paymentElement(page), '123456');
    await expect(walletSource(page, /Visa.*4242/)).toBeVisible();
    await savesWithLink(page, shop, setupIntentId, email);
  });
});
