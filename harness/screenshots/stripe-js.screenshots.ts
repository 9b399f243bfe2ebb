import { docsFile, expectSmallPicture } from './docs-file.ts';
import { expect, saveButton, test } from '../stripe-js-e2e/fixtures.ts';
import { fillCard, linkAuthenticationElement, stripeDom, threeDSecureChallenge, typeEmail } from '../drivers/index.ts';

test('README: the Link Authentication Element asking a returning shopper for the code', async ({ openCheckout, shop }) => {
  const email = 'jenny.rosen@example.com'; // each test has its own account, so a fixed email is safe and the picture stays the same
  await shop.seedLinkShopper(email);
  const { page } = await openCheckout({ customerEmail: email });
  await typeEmail(page, email);
  const code = linkAuthenticationElement(page).locator(stripeDom.oneTimeCode);
  await expect(code).toBeEditable();
  await code.fill('424');
  const path = docsFile('link-otp.png');
  // Both elements, with a margin of the page around them.
  const top = await page.locator('#link-authentication-element').boundingBox();
  const bottom = await page.locator('#payment-element').boundingBox();
  if (!top || !bottom) throw new Error('README screenshot: the elements are not laid out');
  const margin = 16;
  const clip = { x: top.x - margin, y: top.y - margin, width: top.width + 2 * margin, height: bottom.y + bottom.height - top.y + 2 * margin };
  await page.screenshot({ path, clip, animations: 'disabled' });
  expectSmallPicture(path, 200 * 1024);
});

test('README: the 3D Secure test challenge over the checkout', async ({ openCheckout }) => {
  const email = 'jenny.rosen@example.com';
  const { page } = await openCheckout({ layout: 'payment-only', prefill: email });
  await fillCard(page, { number: '4000000000003220' });
  await saveButton(page).click();
  await expect(threeDSecureChallenge(page).complete).toBeVisible();
  const path = docsFile('three-ds-challenge.png');
  await page.screenshot({ path, animations: 'disabled' });
  expectSmallPicture(path, 200 * 1024);
});
