import { docsFile, expectSmallPicture } from './docs-file.ts';
import { expect, test, type Page } from '@playwright/test';
import { fillCard, paymentElement, stripeDom } from '../drivers/index.ts';
import { serveReferenceCheckout, type ServedCheckout } from '../checkout/index.ts';

let served: ServedCheckout;
test.beforeAll(async () => {
  served = await serveReferenceCheckout({ port: 0, emulatorPort: 0, env: {} });
});
test.afterAll(async () => {
  await served?.close();
});

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save payment method' });

test('README: the save page and the account page of the reference checkout', async ({ page }) => {
  await page.goto(served.checkout.url);
  await page.getByLabel('Name').fill('Jenny Rosen');
  await page.locator('#signup-email').fill('jenny.rosen@example.com');
  await page.getByRole('button', { name: 'Create account' }).click();

  await page.getByRole('link', { name: 'Add a payment method' }).click();
  await expect(saveButton(page)).toBeEnabled();
  await fillCard(page, { number: '4242424242424242' });
  await paymentElement(page).locator(stripeDom.linkOptInLabel).click();
  await expect(paymentElement(page).locator(stripeDom.linkOptIn)).toBeChecked();
  const save = docsFile('checkout-save-payment-method.png');
  await page.screenshot({ path: save, fullPage: true, animations: 'disabled' });
  expectSmallPicture(save);
  await saveButton(page).press('Enter');
  await expect(page.locator('[data-setup-outcome="succeeded"]')).toBeVisible();

  // A second card, one that asks for 3D Secure every time, so the account shows both outcomes.
  const { backend, shoppers } = served.checkout.context;
  await backend.stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: shoppers.find('jenny.rosen@example.com')!.customerId });

  await page.goto(`${served.checkout.url}/account`);
  // Newest first: the 3D Secure card, then Link.
  await page.getByLabel('Payment method', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Charge now' }).click();
  await expect(page.locator('tr[data-outcome]')).toHaveCount(1);
  await page.getByLabel('Payment method', { exact: true }).selectOption({ index: 0 });
  await page.getByLabel('Amount').fill('24.00');
  await page.getByRole('button', { name: 'Charge now' }).click();
  await expect(page.locator('tr[data-outcome="requires_authentication"]')).toHaveCount(1);
  const account = docsFile('checkout-account.png');
  await page.screenshot({ path: account, fullPage: true, animations: 'disabled' });
  expectSmallPicture(account);
});
