// EMAIL-01, EMAIL-02: the guide's "Decide when to collect email". Link knows shoppers by their
// email: the integration hands it to Link through the Link Authentication Element (prefilled or
// typed by the shopper), or prefills it into the Payment Element; a known Link email then starts
// Link's login inside the form. EMAIL-02 on the checkout's own integration runs with OTP-01 in
// otp.spec.ts (same shopper, same steps).
import { expect, linkOtpCodes, scenarioTitle, test, testCards, type Inspector, scenariosTitle } from '../fixtures/index.ts';
import { LinkInForm } from '../harness/drivers/link-in-form.ts';
import { notApplicable } from '../harness/reporter/not-applicable.ts';
import { requirementChecked } from '../harness/reporter/requirement-checked.ts';
import { linkCalls } from './steps/setup-intent-reads.ts';
import { requireSeededLinkShoppers } from './steps/seeded-link-shoppers.ts';
import { saveCard, signUpAndOpenSavePage } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

/** Waits until Stripe's frames in this test's browser have asked Link about the email (emulator only). */
async function expectLinkAskedAbout(inspector: Inspector, email: string, where: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (await linkCalls(inspector, 'sessions/lookup')).filter((c) => String(c.params.email_address ?? '').toLowerCase() === email.toLowerCase()).length,
      {
        message: `EMAIL-01: the shopper's email must reach Link through the Link Authentication Element or the Payment Element's defaultValues; no Link lookup of ${email} came from the page (${where}; the Payment Element asks Link only when link is among the SetupIntent's payment methods, see SETUP-02)`,
      },
    )
    .toBeGreaterThan(0);
}

test(
  ...scenarioTitle('EMAIL-01', "the save form hands the shopper's email to Link (Link Authentication Element, or prefilled into the Payment Element)"),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    // The shopper types their email where the form asks for it (nothing to type when it is prefilled).
    await signUpAndOpenSavePage(page, checkout, jenny);
    const hasLinkAuthentication = await new LinkInForm(page).hasLinkAuthenticationElement();

    if (inspector.capabilities.requestLog) {
      await expectLinkAskedAbout(inspector, jenny.email, `Link Authentication Element on the page: ${hasLinkAuthentication ? 'yes' : 'no'}`);
      return;
    }
    // Live test mode keeps no log of Link's calls: the shopper saves with Link, and the Link payment
    // method must be the shopper's email's.
    const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'EMAIL-01', linkOptIn: true });
    expect(saved.payment_method?.link?.email?.toLowerCase(), `EMAIL-01: Link must save for the shopper's email ${jenny.email}`).toBe(jenny.email.toLowerCase());
  },
);

test(
  ...scenariosTitle(
    ['EMAIL-01', 'EMAIL-02'],
    'with the email prefilled into the Payment Element alone, a returning Link shopper is asked for their code inside the Payment Element',
  ),
  async ({ page, checkout, shopper, inspector, seedLinkShopper }) => {
    requireSeededLinkShoppers(inspector);
    const jenny = shopper();
    await seedLinkShopper(jenny.email);
    await signUpAndOpenSavePage(page, checkout, jenny, { emailMode: 'prefill' });
    const link = new LinkInForm(page);
    if (await link.hasLinkAuthenticationElement())
      notApplicable(
        "the checkout's save page collects the email with the Link Authentication Element even when asked for the Payment-Element-only integration (openSavePage with emailMode 'prefill'): the other way of the guide's \"Decide when to collect email\" is not offered, and the Link Authentication Element is checked by the other EMAIL-01 scenario and by EMAIL-02 OTP-01",
      );
    await expectLinkAskedAbout(inspector, jenny.email, 'no Link Authentication Element: the Payment Element alone must have been given it');
    requirementChecked('EMAIL-01');
    await expect(link.payment.otp.input, `EMAIL-02: ${jenny.email} is a Link shopper, so the Payment Element must ask for their one-time code`).toBeVisible();
    await link.payment.otp.enter(linkOtpCodes.valid);
    await expect(link.wallet, 'EMAIL-02: after the code the Payment Element must show the Link wallet').toBeVisible();
  },
);
