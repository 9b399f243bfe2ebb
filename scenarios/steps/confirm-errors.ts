// Confirm errors as the shopper reads them (CONFIRM-03, 3DS-02): in the merchant's own error area
// (the adapter's `confirmError`), new after the submit, and saying what went wrong.
import type { Page } from '@playwright/test';
import { expect } from '../../fixtures/index.ts';
import type { RequirementId } from '../../harness/requirements/requirements.ts';
import type { CheckoutAdapter } from '../../harness/target/index.ts';

/** The text the checkout's error area shows now (empty when it shows nothing, or is not on the page). */
export async function shownError(checkout: CheckoutAdapter, page: Page): Promise<string> {
  return (await checkout.confirmError(page).allInnerTexts()).join(' ').replace(/\s+/g, ' ').trim();
}

/** What a shown error must be. */
export interface ErrorExpectation {
  requirement: RequirementId;
  /** What the error area showed before the submit: the error must be something else. */
  before: string;
  /** What went wrong, for the failure message (`the card was declined (card_declined)`). */
  what: string;
  /** Words that say what went wrong, in Stripe's message or the merchant's own. */
  saying: RegExp;
}

/**
 * Waits until the checkout's error area shows a new error that says what went wrong; fails,
 * naming the requirement and quoting what it shows, when it never does.
 *
 * @example
 * const before = await shownError(checkout, page);
 * await checkout.submitSavePage(page);
 * await expectErrorShown(checkout, page, { requirement: 'CONFIRM-03', before, what: 'the card was declined', saying: /declin/i });
 */
export async function expectErrorShown(checkout: CheckoutAdapter, page: Page, { requirement, before, what, saying }: ErrorExpectation): Promise<void> {
  let shown = '';
  try {
    await expect.poll(async () => (shown = await shownError(checkout, page)) !== before && saying.test(shown)).toBe(true);
  } catch {
    throw new Error(
      `${requirement}: confirm errors must be shown to the shopper, saying what went wrong (${saying}); ${what}, but the page's error area shows ${shown ? `'${shown}'` : 'nothing'}` +
        `${before ? ` (before the submit: '${before}')` : ''}`,
    );
  }
}
