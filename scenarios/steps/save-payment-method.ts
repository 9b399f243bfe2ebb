// Scenario steps that save a payment method through the checkout under test (its adapter for the
// merchant's own pages, the drivers for Stripe's UI). Failure messages name the requirement the
// calling scenario checks, so a step that cannot be reached fails that requirement.
import { expect, type Page } from '@playwright/test';
import type { RequirementId } from '../../fixtures/requirements.ts';
import type { TestCard } from '../../fixtures/test-cards.ts';
import { PaymentElement, ThreeDSecureChallenge } from '../../harness/drivers/index.ts';
import type { CheckoutAdapter } from '../../harness/target/index.ts';

/** How the card is saved. */
export interface SaveCardOptions {
  /** The requirement the calling scenario checks: failure messages start with it. */
  requirement: RequirementId;
  /** Tick the Payment Element's Link opt-in (a new shopper then saves with Link). */
  linkOptIn?: boolean;
}

/**
 * On the checkout's save page (already open): types the card, ticks the Link opt-in when asked,
 * submits, completes the 3DS test challenge when the card asks for one, and waits for the page
 * to show a successful save. Resolves with the SetupIntent's id.
 *
 * @example
 * await checkout.openSavePage(page);
 * const setupIntentId = await saveCard(page, checkout, testCards.visa, { requirement: 'COOKIE-01', linkOptIn: true });
 */
export async function saveCard(page: Page, checkout: CheckoutAdapter, card: TestCard, { requirement, linkOptIn = false }: SaveCardOptions): Promise<string> {
  const payment = new PaymentElement(page);
  await payment.fillCard({ number: card.number });
  if (linkOptIn) {
    await expect(payment.linkOptInLabel, `${requirement}: the Payment Element must offer a new shopper Link (its Link opt-in) to save with; none was shown (see SETUP-02 and EMAIL-01)`).toBeVisible();
    await payment.optInToLink();
  }
  await checkout.submitSavePage(page);
  if (card.setup.outcome === 'challenge') {
    const challenge = new ThreeDSecureChallenge(page);
    await challenge.expectShown();
    await challenge.complete();
  }
  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `${requirement}: saving card ${card.number}${linkOptIn ? ' with the Link opt-in' : ''} should succeed; the checkout showed '${shown.outcome}'`).toBe('succeeded');
  expect(shown.setupIntentId, `${requirement}: the page after the save should name its SetupIntent (setup_intent in the return_url); it named none (${page.url()})`).toMatch(/^seti_/);
  return shown.setupIntentId!;
}

/**
 * A new shopper signs up, opens the save page and saves a card with the Link opt-in ticked: the
 * guide's flow that gives Link a persistent token for the merchant's cookie. Resolves with the
 * SetupIntent's id.
 *
 * @example
 * const setupIntentId = await signUpAndSaveWithLink(page, checkout, shopper(), testCards.visa, 'COOKIE-01');
 */
export async function signUpAndSaveWithLink(
  page: Page,
  checkout: CheckoutAdapter,
  shopper: { name: string; email: string },
  card: TestCard,
  requirement: RequirementId,
): Promise<string> {
  await checkout.signUp(page, shopper);
  await checkout.openSavePage(page);
  return saveCard(page, checkout, card, { requirement, linkOptIn: true });
}

/** A new shopper signs up on the checkout and opens its save page. */
export async function signUpAndOpenSavePage(page: Page, checkout: CheckoutAdapter, shopper: { name: string; email: string }, options?: Parameters<CheckoutAdapter['openSavePage']>[1]): Promise<void> {
  await checkout.signUp(page, shopper);
  await checkout.openSavePage(page, options);
}
