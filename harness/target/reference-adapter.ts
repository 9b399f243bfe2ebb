import type { Page } from '@playwright/test';
import pRetry from 'p-retry';
import { AccountPage, AuthenticatePage, ReturnPage, SavePage, SignUpPage } from '../drivers/index.ts';
import type { CheckoutAdapter, SetupOutcomeShown } from './glossary.ts';

/**
 * The reference checkout's pages as an adapter: sign up with `/`'s form (`POST /signup`), save on
 * `/account/payment-methods/new`, read `[data-setup-outcome]` on the return page, read later
 * charges on `/account`, and bring the shopper back on-session through the hook's
 * `authenticate_url`. `chargeLater` is the target's hook (harness/target/charge-later-hook.ts).
 * These are the defaults for any checkout (harness/target/default-adapter.ts);
 * `link-harness.config.ts` replaces the steps another checkout does differently.
 *
 * @example
 * await referenceCheckoutAdapter.signUp(page, { name: 'Jenny Rosen', email });
 * await referenceCheckoutAdapter.openSavePage(page);
 */
export const referenceCheckoutAdapter: Omit<CheckoutAdapter, 'chargeLater'> = {
  // The form's POST, not the page: the scenarios test the save flow, not the sign-up page (the
  // reference checkout's smoke flows drive that), and it saves two page loads a scenario.
  signUp: (page, shopper) => new SignUpPage(page).submitForm(shopper),
  openSavePage: (page, options = {}) => new SavePage(page).open(options.emailMode ? { emailMode: options.emailMode } : {}),
  submitSavePage: (page) => new SavePage(page).submit(),
  confirmError: (page) => new SavePage(page).errorMessage,
  readOutcome: async (page: Page): Promise<SetupOutcomeShown> => {
    const landed = new ReturnPage(page);
    const outcome = await landed.shownOutcome();
    const setupIntentId = (await landed.outcome.getAttribute('data-setup-intent')) || landed.setupIntentId();
    return setupIntentId ? { outcome, setupIntentId } : { outcome };
  },
  readChargeRecord: async (page, attempt) => {
    if (!attempt.paymentIntent)
      throw new Error(`the shop created no PaymentIntent for the charge of ${attempt.charge.customer}, so its account page has no record of it to read`);
    const account = new AccountPage(page);
    await account.open();
    return account.chargeRecord(attempt.paymentIntent.id);
  },
  openAuthentication: async (page, attempt) => {
    const url = (attempt.answer.body as { authenticate_url?: unknown } | undefined)?.authenticate_url;
    if (typeof url !== 'string')
      throw new Error(
        `the charge-later hook's answer carries no authenticate_url (the reference checkout's contract, README "The charge-later hook"); it answered ${attempt.answer.text}. ` +
          "Give checkout.openAuthentication in link-harness.config.ts to bring the shopper back on-session your shop's way.",
      );
    await page.goto(url);
    await new AuthenticatePage(page).confirm();
  },
  stripeAccount: async (checkoutUrl) => {
    // Readiness only: a checkout still starting refuses connections for a moment; any answer is final.
    const response = await pRetry(() => fetch(new URL('/healthz', checkoutUrl)), { retries: 3, minTimeout: 100, factor: 3 }).catch(() => undefined);
    if (!response?.ok) return undefined;
    const health = (await response.json().catch(() => ({}))) as { publishable_key?: unknown };
    return typeof health.publishable_key === 'string' ? health.publishable_key : undefined;
  },
};
