// Guide: "Privacy implications". Advisory: the merchant's privacy policy should tell shoppers that
// Stripe collects device information through cookies (and Link's remembered sessions are cookies
// in law). The check reads the privacy page a shopper reaches from the footer of the checkout.
import { expect, scenarioTitle, test } from '../fixtures/index.ts';

test(...scenarioTitle('PRIV-01', "(advisory) the privacy page linked from the checkout's footer tells shoppers about Stripe's cookies"), async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(
    footer,
    `PRIV-01: the checkout's front page (${page.url()}) should have a footer (a <footer> or role=contentinfo) with a link to its privacy page`,
  ).toBeVisible();
  const privacyLink = footer.getByRole('link', { name: /privacy/i });
  await expect(privacyLink.first(), `PRIV-01: the footer of ${page.url()} should link to the privacy page; it has no link named "privacy"`).toBeVisible();

  const from = page.url();
  await privacyLink.first().click();
  await page.waitForURL((url) => url.href !== from);
  const opened = page.url();
  const policy = page.locator('body');
  await expect(policy, `PRIV-01: the privacy page (${opened}) should name Stripe as the payment processor`).toContainText(/Stripe/);
  await expect(policy, `PRIV-01: the privacy page (${opened}) should tell shoppers that Stripe uses cookies`).toContainText(/cookie/i);
  const stripePolicy = await page.locator('a[href*="stripe.com/privacy"]').count();
  if (stripePolicy === 0)
    test.info().annotations.push({
      type: 'note',
      description: "PRIV-01: the privacy page does not link Stripe's privacy policy (https://stripe.com/privacy), as the guide's suggested paragraph does.",
    });
});
