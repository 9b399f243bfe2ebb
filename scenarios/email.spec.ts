// EMAIL-01, EMAIL-02: the guide's "Decide when to collect email". Link knows shoppers by their
// email: the integration hands it to Link through the Link Authentication Element, or prefills it
// into the Payment Element; a known Link email then starts Link's login inside the form. EMAIL-02 on
// the checkout's own integration runs with OTP-01 in otp.spec.ts (same shopper, same steps).
import { expect, linkOtpCodes, scenarioTitle, test, testCards, type Inspector, scenariosTitle } from '../fixtures/index.ts';
import { LinkInForm } from '../harness/drivers/link-in-form.ts';
import { notApplicable } from '../harness/reporter/not-applicable.ts';
import { linkCalls, setupIntentOnPage, settledSetupIntent } from './steps/setup-intent-reads.ts';
import { requireSeededLinkShoppers } from './steps/seeded-link-shoppers.ts';
import { signUpAndOpenSavePage } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

/** Waits until Stripe's frames in this test's browser have asked Link about the email (emulator only). */
async function expectLinkAskedAbout(inspector: Inspector, email: string, id: 'EMAIL-01' | 'EMAIL-02', where: string): Promise<void> {
  await expect
    .poll(async () => (await linkCalls(inspector, 'sessions/lookup')).filter((c) => String(c.params.email_address ?? '').toLowerCase() === email.toLowerCase()).length, {
      message: `${id}: the shopper's email must reach Link through the Link Authentication Element or the Payment Element's defaultValues; no Link lookup of ${email} came from the page (${where}; the Payment Element asks Link only when link is among the SetupIntent's payment methods, see SETUP-02)`,
    })
    .toBeGreaterThan(0);
}

test(...scenarioTitle('EMAIL-01', "the save form hands the shopper's email to Link (Link Authentication Element, or prefilled into the Payment Element)"), async ({ page, checkout, shopper, inspector }) => {
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);
  const link = new LinkInForm(page);
  await link.giveEmail(jenny.email);
  const hasLinkAuthentication = await link.hasLinkAuthenticationElement();
  if (hasLinkAuthentication) await expect(link.linkAuthentication.email, `EMAIL-01: the Link Authentication Element must hold the shopper's email ${jenny.email}`).toHaveValue(jenny.email);

  if (inspector.capabilities.requestLog) {
    await expectLinkAskedAbout(inspector, jenny.email, 'EMAIL-01', `Link Authentication Element on the page: ${hasLinkAuthentication ? 'yes' : 'no'}`);
    return;
  }
  // Live test mode keeps no log of Link's calls: the shopper saves with Link, and the Link payment
  // method must be the shopper's email's.
  await link.payment.fillCard({ number: testCards.visa.number });
  await expect(link.payment.linkOptInLabel, 'EMAIL-01: with the email known, the Payment Element must offer a new shopper Link').toBeVisible();
  await link.payment.optInToLink();
  await checkout.submitSavePage(page);
  expect((await checkout.readOutcome(page)).outcome, 'EMAIL-01: saving with the Link opt-in must succeed').toBe('succeeded');
  const saved = await settledSetupIntent(inspector, (await setupIntentOnPage(inspector, jenny.email)).id);
  expect(saved.payment_method?.link?.email?.toLowerCase(), `EMAIL-01: Link must save for the shopper's email ${jenny.email}`).toBe(jenny.email.toLowerCase());
});

test(
  ...scenariosTitle(['EMAIL-01', 'EMAIL-02'], 'with the email prefilled into the Payment Element alone, a returning Link shopper is asked for their code inside the Payment Element'),
  async ({ page, checkout, shopper, inspector, seedLinkShopper, target }) => {
    requireSeededLinkShoppers(inspector);
    const jenny = shopper();
    await seedLinkShopper(jenny.email);
    await signUpAndOpenSavePage(page, checkout, jenny, { emailMode: 'prefill' });
    const link = new LinkInForm(page);
    if (await link.hasLinkAuthenticationElement()) {
      if (target.checkout.kind === 'external') notApplicable('the checkout under test collects the email with the Link Authentication Element only (its save page has one even when asked for the Payment-Element-only integration)');
      throw new Error('EMAIL-01: asked for the Payment-Element-only integration (email-mode=prefill), the reference checkout still mounted a Link Authentication Element');
    }
    await expectLinkAskedAbout(inspector, jenny.email, 'EMAIL-01', 'no Link Authentication Element: the Payment Element alone must have been given it');
    await expect(link.payment.otp.input, `EMAIL-02: ${jenny.email} is a Link shopper, so the Payment Element must ask for their one-time code`).toBeVisible();
    await link.payment.otp.enter(linkOtpCodes.valid);
    await expect(link.wallet, 'EMAIL-02: after the code the Payment Element must show the Link wallet').toBeVisible();
  },
);
