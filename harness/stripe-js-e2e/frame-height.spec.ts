import type { Page } from '@playwright/test';
import { expect, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail } from './shop.ts';
import { clickBesideStripeFrames } from '../drivers/index.ts';
import { fillCard, paymentElement, stripeDom, typeEmail } from '../drivers/index.ts';

/** The Payment Element's iframe height in the merchant's page: what moves the merchant's content below it. */
const iframeHeight = (page: Page) => page.locator(stripeDom.paymentFrame).evaluate((iframe) => iframe.getBoundingClientRect().height);

/** The height of what the Payment Element shows, measured inside its frame. */
const contentHeight = (page: Page) =>
  paymentElement(page)
    .locator('#root')
    .evaluate((root) => Math.ceil(root.getBoundingClientRect().height));

test.describe('the Payment Element frame keeps its height in step with its content', () => {
  test('the Link opt-in that appears while the frame is out of view resizes the iframe at once, not when the shopper scrolls to it; checked, it changes nothing, and a mouse click on the button below saves', async ({
    openCheckout,
    shop,
  }) => {
    const email = shopperEmail('below-the-fold');
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    // Merchant content between the two elements (a shipping form, say) puts the Payment Element out of view.
    await page.addStyleTag({ content: '#payment-element { margin-top: 150vh; }' });
    await expect(page.locator(stripeDom.paymentFrame)).not.toBeInViewport();
    const before = await iframeHeight(page);

    await typeEmail(page, email);
    await expect(paymentElement(page).locator(stripeDom.linkOptIn)).toBeVisible();
    // Chromium stops rendering an out-of-view cross-origin frame; the height must not wait for that.
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(before);
    await expect(page.locator(stripeDom.paymentFrame)).not.toBeInViewport();
    expect(await iframeHeight(page)).toBe(await contentHeight(page));

    await fillCard(page, { number: '4242424242424242' });
    const unchecked = await iframeHeight(page);
    await paymentElement(page).locator(stripeDom.linkOptInLabel).click();
    await expect(paymentElement(page).locator(stripeDom.linkOptIn)).toBeChecked();
    expect(await iframeHeight(page)).toBe(unchecked);
    expect(await contentHeight(page)).toBe(unchecked);

    await clickBesideStripeFrames(saveButton(page));
    expect((await returnedQuery(page)).get('redirect_status')).toBe('succeeded');
    expect((await shop.setupIntent(setupIntentId)).payment_method).toMatchObject({ type: 'link', link: { email } });
  });
});
