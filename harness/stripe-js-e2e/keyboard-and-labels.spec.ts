import type { FrameLocator, Locator, Page } from '@playwright/test';
import { elementEvents, expect, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail } from './shop.ts';
import { linkAuthenticationElement, paymentElement, stripeDom } from '../drivers/index.ts';

/** Presses Tab until `target` has focus, at most `limit` times: what a keyboard user does. */
async function tabTo(page: Page, target: Locator, limit = 8): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((el) => el === document.activeElement && document.hasFocus())) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Every input a shopper can see in a frame has an accessible name. */
async function unnamedInputs(frame: FrameLocator): Promise<string[]> {
  const unnamed: string[] = [];
  for (const input of await frame.locator('input:visible, select:visible').all()) {
    const name = await input.evaluate((el) => {
      const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
      return labelled ? '' : el.outerHTML.slice(0, 120);
    });
    if (name) unnamed.push(name);
  }
  return unnamed;
}

test.describe('keyboard and labels', () => {
  test('a keyboard-only shopper tabs into the email field, types, tabs through the card fields and saves with Enter', async ({ openCheckout, shop }) => {
    const email = shopperEmail('keyboard');
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    const emailField = linkAuthenticationElement(page).locator(stripeDom.email);
    await page.keyboard.press('Tab');
    await expect(emailField).toBeFocused();
    await page.keyboard.type(email);
    await expect(emailField).toHaveValue(email);
    await page.waitForFunction(
      (typed) => window.checkout.events.some((e) => e.type === 'change' && (e.payload.value as { email?: string } | undefined)?.email === typed),
      email,
    );
    expect((await elementEvents(page)).some((e) => e.element === 'linkAuthentication' && e.type === 'focus')).toBe(true);

    const payment = paymentElement(page);
    await tabTo(page, payment.locator(stripeDom.cardNumber));
    await page.keyboard.type('4242424242424242');
    await tabTo(page, payment.locator(stripeDom.expiry), 1);
    await page.keyboard.type('1234');
    await tabTo(page, payment.locator(stripeDom.cvc), 1);
    await page.keyboard.type('123');
    const postalCode = payment.locator(stripeDom.postalCode);
    if (await postalCode.isVisible()) {
      await tabTo(page, postalCode, 3);
      await page.keyboard.type('42424');
    }
    await tabTo(page, saveButton(page), 8);
    await page.keyboard.press('Enter');

    expect((await returnedQuery(page)).get('setup_intent')).toBe(setupIntentId);
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '4242' } });
  });

  test('every input is labelled: getByLabel finds the email and card fields, and no visible input lacks a name', async ({ openCheckout, shop }) => {
    const email = shopperEmail('labels');
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    const linkFrame = linkAuthenticationElement(page);
    const payment = paymentElement(page);
    await expect(linkFrame.getByLabel(/email/i)).toHaveAttribute('name', 'email');
    await expect(payment.getByLabel(/card number/i)).toHaveAttribute('name', 'number');
    await expect(payment.getByLabel(/expiration/i)).toHaveAttribute('name', 'expiry');
    await expect(payment.getByLabel(/security code|cvc/i)).toHaveAttribute('name', 'cvc');
    await expect(payment.getByLabel(/country/i)).toHaveAttribute('name', 'country');

    await linkFrame.getByLabel(/email/i).fill(email);
    await payment.getByLabel(/card number/i).fill('4242424242424242');
    await payment.getByLabel(/expiration/i).fill('1234');
    await payment.getByLabel(/security code|cvc/i).fill('123');
    if (await payment.getByLabel(/zip|postal/i).isVisible()) await payment.getByLabel(/zip|postal/i).fill('42424');
    expect(await unnamedInputs(linkFrame)).toEqual([]);
    expect(await unnamedInputs(payment)).toEqual([]);

    await saveButton(page).click();
    expect((await returnedQuery(page)).get('redirect_status')).toBe('succeeded');
    expect((await shop.setupIntent(setupIntentId)).status).toBe('succeeded');
  });
});
