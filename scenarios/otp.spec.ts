// OTP-01..04: the guide's "Test the integration" table of Link's test-mode one-time codes, played by
// a returning Link shopper on the checkout's save form. The checkout adds nothing of its own here:
// each scenario checks what the shopper sees and which payment method the SetupIntent saved.
import type { Page } from '@playwright/test';
import { expect, linkOtpCodes, scenarioTitle, test, testCards, type CheckoutAdapter, type Inspector, scenariosTitle } from '../fixtures/index.ts';
import { LinkInForm } from '../harness/drivers/link-in-form.ts';
import type { LinkOtp } from '../harness/drivers/index.ts';
import type { RequirementId } from '../harness/requirements/requirements.ts';
import { requirementChecked } from '../harness/reporter/requirement-checked.ts';
import { linkCalls, setupIntentOnPage, settledSetupIntent } from './steps/setup-intent-reads.ts';
import { requireSeededLinkShoppers } from './steps/seeded-link-shoppers.ts';
import { signUpAndOpenSavePage } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

/** A returning Link shopper signs up on the checkout, gives their email on the save form and reaches Link's code entry there. */
async function returningShopperAtCode(
  id: RequirementId,
  page: Page,
  checkout: CheckoutAdapter,
  email: string,
  name: string,
): Promise<{ link: LinkInForm; otp: LinkOtp }> {
  await signUpAndOpenSavePage(page, checkout, { name, email });
  const link = new LinkInForm(page);
  const otp = await link.otp();
  await expect(
    otp.input,
    `${id}: a returning Link shopper (${email}) must be asked for a one-time code in the form${id === 'EMAIL-02' ? '' : ' (see EMAIL-02)'}`,
  ).toBeVisible();
  return { link, otp };
}

/** Saves with the Link wallet and checks the SetupIntent saved a Link payment method for the email. */
async function savesWithLink(id: RequirementId, page: Page, checkout: CheckoutAdapter, inspector: Inspector, email: string): Promise<void> {
  const si = await setupIntentOnPage(inspector, id);
  await checkout.submitSavePage(page);
  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `${id}: saving with the Link wallet must succeed; the page showed '${shown.outcome}'`).toBe('succeeded');
  const saved = await settledSetupIntent(inspector, si.id);
  expect(
    [saved.status, saved.payment_method?.type, saved.payment_method?.link?.email?.toLowerCase()],
    `${id}: ${si.id} must save a Link payment method for ${email}; it is ${saved.status} with a ${saved.payment_method?.type ?? 'missing'} payment method`,
  ).toEqual(['succeeded', 'link', email.toLowerCase()]);
}

/** How Link answered this test's code checks, oldest first (emulator only). */
const codeChecks = async (inspector: Inspector) =>
  (await linkCalls(inspector, 'sessions/confirm_verification')).map((c) => (c.status === 200 ? 'accepted' : 'refused'));

// With EMAIL-02 (a known Link email starts Link's login inside the form, as the merchant integrated
// it): the same returning shopper and the same steps, so one scenario checks both.
test(
  ...scenariosTitle(
    ['EMAIL-02', 'OTP-01'],
    "a returning Link shopper's email starts Link's login inside the save form; any other six digits log them in, and the setup saves a Link payment method",
  ),
  async ({ page, checkout, shopper, inspector, seedLinkShopper }) => {
    requireSeededLinkShoppers(inspector);
    const jenny = shopper();
    await seedLinkShopper(jenny.email);
    const { link, otp } = await returningShopperAtCode('EMAIL-02', page, checkout, jenny.email, jenny.name);
    await expect
      .poll(async () => (await linkCalls(inspector, 'sessions/start_verification')).filter((c) => c.status === 200).length, {
        message: `EMAIL-02: Link must have sent ${jenny.email} a code from the form (no start_verification call came from the page)`,
      })
      .toBeGreaterThan(0);
    requirementChecked('EMAIL-02');

    await otp.enter(linkOtpCodes.valid);
    await expect(link.wallet, `OTP-01: ${linkOtpCodes.valid} must log the shopper in: the Payment Element shows the Link wallet`).toBeVisible();
    await expect(otp.input, 'OTP-01: once logged in, the code entry must go away').toBeHidden();
    await expect.poll(() => codeChecks(inspector), { message: 'OTP-01: Link must have accepted the one code typed' }).toEqual(['accepted']);
    await savesWithLink('OTP-01', page, checkout, inspector, jenny.email);
  },
);

test(
  ...scenarioTitle('OTP-02', '000001 is refused as an invalid code, and a correct code then logs in and saves with Link'),
  async ({ page, checkout, shopper, inspector, seedLinkShopper }) => {
    requireSeededLinkShoppers(inspector);
    const jenny = shopper();
    await seedLinkShopper(jenny.email);
    const { link, otp } = await returningShopperAtCode('OTP-02', page, checkout, jenny.email, jenny.name);
    await otp.enter(linkOtpCodes.invalid);
    await expect(otp.refusal('invalid'), `OTP-02: ${linkOtpCodes.invalid} must be refused as an invalid code`).toBeVisible();
    await expect(link.wallet, 'OTP-02: an invalid code must not log the shopper in').toBeHidden();

    await otp.enter(linkOtpCodes.valid);
    await expect(link.wallet, 'OTP-02: a correct code after the invalid one must log the shopper in').toBeVisible();
    await expect
      .poll(() => codeChecks(inspector), { message: 'OTP-02: Link must have refused the first code and accepted the second' })
      .toEqual(['refused', 'accepted']);
    await savesWithLink('OTP-02', page, checkout, inspector, jenny.email);
  },
);

test(
  ...scenarioTitle('OTP-03', '000002 is refused as expired, a new code can be requested, and it logs in and saves with Link'),
  async ({ page, checkout, shopper, inspector, seedLinkShopper }) => {
    requireSeededLinkShoppers(inspector);
    const jenny = shopper();
    await seedLinkShopper(jenny.email);
    const { link, otp } = await returningShopperAtCode('OTP-03', page, checkout, jenny.email, jenny.name);
    await otp.enter(linkOtpCodes.expired);
    await expect(otp.refusal('expired'), `OTP-03: ${linkOtpCodes.expired} must be refused as an expired code`).toBeVisible();
    const sent = async () => (await linkCalls(inspector, 'sessions/start_verification')).filter((c) => c.status === 200).length;
    const before = await sent();
    await otp.requestNewCode();
    await expect.poll(sent, { message: 'OTP-03: asking for a new code must make Link send one' }).toBe(before + 1);

    await otp.enter(linkOtpCodes.valid);
    await expect(link.wallet, 'OTP-03: the new code must log the shopper in').toBeVisible();
    await savesWithLink('OTP-03', page, checkout, inspector, jenny.email);
  },
);

test(
  ...scenarioTitle('OTP-04', '000003 locks Link for the email after too many attempts, and the shopper still saves a card'),
  async ({ page, checkout, shopper, inspector, seedLinkShopper }) => {
    requireSeededLinkShoppers(inspector);
    const jenny = shopper();
    await seedLinkShopper(jenny.email);
    const { link, otp } = await returningShopperAtCode('OTP-04', page, checkout, jenny.email, jenny.name);
    await otp.enter(linkOtpCodes.tooManyAttempts);
    await expect(otp.refusal('tooManyAttempts'), `OTP-04: ${linkOtpCodes.tooManyAttempts} must say there were too many attempts`).toBeVisible();
    await expect(link.wallet, 'OTP-04: a locked Link account must not log the shopper in').toBeHidden();

    await expect(link.payment.cardNumber, 'OTP-04: with Link locked, the card form must stay available').toBeVisible();
    const si = await setupIntentOnPage(inspector, 'OTP-04');
    await link.payment.fillCard({ number: testCards.visa.number });
    await checkout.submitSavePage(page);
    const shown = await checkout.readOutcome(page);
    expect(shown.outcome, `OTP-04: with Link locked the shopper must still save a card; the page showed '${shown.outcome}'`).toBe('succeeded');
    const saved = await settledSetupIntent(inspector, si.id);
    expect(
      [saved.status, saved.payment_method?.type, saved.payment_method?.card?.last4],
      `OTP-04: ${si.id} must save the typed Visa •••• 4242 as a card; it is ${saved.status} with a ${saved.payment_method?.type ?? 'missing'} payment method`,
    ).toEqual(['succeeded', 'card', '4242']);
  },
);
