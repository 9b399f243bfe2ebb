// FUND-01, FUND-02: the guide's "Multiple funding sources". A `+multiple_funding_sources@` Link
// shopper picks a source in the Link wallet; whatever they pick, a card that is not their default or
// a US bank account, the integration saves it as it is, with no change on its side.
import type { Page } from '@playwright/test';
import { expect, linkOtpCodes, scenarioTitle, test, type CheckoutAdapter, type Inspector, type SeededLinkAccount } from '../fixtures/index.ts';
import { LinkInForm } from '../harness/drivers/link-in-form.ts';
import { awaitConfirmCalls, listed, savedCustomerOf, setupIntentOnPage, settledSetupIntent } from './steps/setup-intent-reads.ts';
import { requireSeededLinkShoppers } from './steps/seeded-link-shoppers.ts';
import { signUpAndOpenSavePage } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

type FundingSource = SeededLinkAccount['funding_sources'][number];

/**
 * The `+multiple_funding_sources@` shopper logs in to Link on the save form, sees every source of
 * their wallet with the default one chosen, picks `chosen`, and saves. Checks that the SetupIntent
 * saved a Link payment method on the shopper's Customer, made from the chosen source.
 */
async function savesChosenSource(
  id: 'FUND-01' | 'FUND-02',
  {
    page,
    checkout,
    inspector,
    email,
    name,
    account,
    chosen,
  }: { page: Page; checkout: CheckoutAdapter; inspector: Inspector; email: string; name: string; account: SeededLinkAccount; chosen: FundingSource },
): Promise<void> {
  await signUpAndOpenSavePage(page, checkout, { name, email });
  const link = new LinkInForm(page);
  const otp = await link.otp();
  await expect(otp.input, `${id}: the returning Link shopper ${email} must be asked for a one-time code in the form (see EMAIL-02)`).toBeVisible();
  await otp.enter(linkOtpCodes.valid);
  await expect(link.wallet, `${id}: the returning shopper must reach the Link wallet`).toBeVisible();

  const labels = account.funding_sources.map((s) => s.label);
  await expect(link.payment.fundingSourceOptions, `${id}: the wallet must offer all ${labels.length} funding sources ${listed(labels)}`).toHaveCount(
    labels.length,
  );
  const defaultLabel = account.funding_sources.find((s) => s.id === account.default_funding_source)!.label;
  await expect(link.payment.fundingSource(defaultLabel), `${id}: the default source ${defaultLabel} must be chosen at first`).toBeChecked();
  await link.payment.chooseFundingSource(chosen.label);

  const si = await setupIntentOnPage(inspector, id);
  await checkout.submitSavePage(page);
  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `${id}: saving ${chosen.label} from the Link wallet must succeed; the page showed '${shown.outcome}'`).toBe('succeeded');
  const saved = await settledSetupIntent(inspector, si.id);
  expect(
    [saved.status, saved.payment_method?.type, saved.payment_method?.link?.email?.toLowerCase()],
    `${id}: ${si.id} must save a Link payment method for ${email}; it is ${saved.status} with a ${saved.payment_method?.type ?? 'missing'} payment method`,
  ).toEqual(['succeeded', 'link', email.toLowerCase()]);
  // The shopper's Customer, whether or not the SetupIntent carried it (that is SETUP-01's business).
  const customer = savedCustomerOf(saved);
  const onCustomer = customer ? (await inspector.paymentMethodsOf(customer)).map((pm) => pm.id) : [];
  expect(onCustomer, `${id}: the saved payment method ${saved.payment_method?.id} must be on the shopper's Customer ${customer}`).toContain(
    saved.payment_method?.id,
  );
  if (inspector.capabilities.requestLog) {
    const confirms = await awaitConfirmCalls(inspector, si.id);
    const used = (confirms.at(-1)?.params.payment_method_data as { link?: { payment_details_id?: string } } | undefined)?.link?.payment_details_id;
    const usedLabel = account.funding_sources.find((s) => s.id === used)?.label ?? used ?? 'the default';
    expect(used, `${id}: the shopper chose ${chosen.label}, but the setup was confirmed with ${usedLabel}`).toBe(chosen.id);
  }
}

test(
  ...scenarioTitle('FUND-01', 'a +multiple_funding_sources@ shopper is offered several sources, and the non-default card they choose is the one saved'),
  async ({ page, checkout, shopper, inspector, seedLinkShopper }) => {
    requireSeededLinkShoppers(inspector);
    const jenny = shopper({ multipleFundingSources: true });
    const account = await seedLinkShopper(jenny.email);
    expect(
      account.funding_sources.length,
      `FUND-01: Link offers a +multiple_funding_sources@ email several sources; the seeded account has ${listed(account.funding_sources.map((s) => s.label))}`,
    ).toBeGreaterThan(1);
    const chosen = account.funding_sources.find((s) => s.type === 'card' && s.id !== account.default_funding_source);
    expect(chosen, 'FUND-01: the wallet must hold a card besides the default source').toBeDefined();
    await savesChosenSource('FUND-01', { page, checkout, inspector, email: jenny.email, name: jenny.name, account, chosen: chosen! });
  },
);

test(
  ...scenarioTitle('FUND-02', 'a US bank account chosen in the Link wallet saves through the same integration, no bank-specific change needed'),
  async ({ page, checkout, shopper, inspector, seedLinkShopper }) => {
    requireSeededLinkShoppers(inspector);
    const jenny = shopper({ multipleFundingSources: true });
    const account = await seedLinkShopper(jenny.email);
    const bank = account.funding_sources.find((s) => s.type === 'bank_account');
    expect(
      bank,
      `FUND-02: the +multiple_funding_sources@ wallet must hold a US bank account; it has ${listed(account.funding_sources.map((s) => s.label))}`,
    ).toBeDefined();
    await savesChosenSource('FUND-02', { page, checkout, inspector, email: jenny.email, name: jenny.name, account, chosen: bank! });
  },
);
