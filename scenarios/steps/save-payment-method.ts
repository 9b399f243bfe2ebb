// Scenario steps that save a payment method through the checkout under test (its adapter for the
// merchant's own pages, the drivers for Stripe's UI), as a shopper does it: email typed where the
// form asks for it, card, Link opt-in, submit, the bank's challenge. Failure messages name the
// requirement the calling scenario checks, so a step that cannot be reached fails that requirement.
import { expect, type Page } from '@playwright/test';
import type { Inspector } from '../../fixtures/index.ts';
import type { RequirementId } from '../../harness/requirements/requirements.ts';
import type { TestCard } from '../../fixtures/test-cards.ts';
import { LinkInForm, PaymentElement, ThreeDSecureChallenge } from '../../harness/drivers/index.ts';
import type { InspectedSetupIntent } from '../../harness/inspect/index.ts';
import type { CheckoutAdapter, ShopperDetails } from '../../harness/target/index.ts';
import { confirmedSetupIntent, settledSetupIntent } from './setup-intent-reads.ts';

/** How the card is saved. */
export interface SaveCardOptions {
  /** The requirement the calling scenario checks: failure messages start with it. */
  requirement: RequirementId;
  /** Tick the Payment Element's Link opt-in (a new shopper then saves with Link). */
  linkOptIn?: boolean;
}

/**
 * What a shopper does first on the save form: when it shows an empty Link Authentication Element,
 * type their email and leave the field (a prefilled one, or none, needs nothing). Waits for
 * Stripe's elements to mount before looking.
 */
export async function giveEmailOnForm(page: Page, email: string): Promise<void> {
  await new LinkInForm(page).giveEmail(email);
}

/**
 * On the checkout's save page (already open): gives the email where the form asks for it, types
 * the card, ticks the Link opt-in when asked, submits, completes the 3DS test challenge when the
 * card asks for one, and waits for the page to show a successful save. Resolves with the
 * SetupIntent the page confirmed (found from what the browser handled), settled.
 *
 * @example
 * await checkout.openSavePage(page);
 * const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'COOKIE-01', linkOptIn: true });
 */
export async function saveCard(
  page: Page,
  checkout: CheckoutAdapter,
  inspector: Inspector,
  shopper: ShopperDetails,
  card: TestCard,
  { requirement, linkOptIn = false }: SaveCardOptions,
): Promise<InspectedSetupIntent> {
  await giveEmailOnForm(page, shopper.email);
  const payment = new PaymentElement(page);
  await payment.fillCard({ number: card.number });
  if (linkOptIn) {
    await expect(
      payment.linkOptInLabel,
      `${requirement}: the Payment Element must offer a new shopper Link (its Link opt-in) to save with; none was shown (see SETUP-02 and EMAIL-01)`,
    ).toBeVisible();
    await payment.optInToLink();
  }
  const submitted = Date.now();
  await checkout.submitSavePage(page);
  if (card.setup.outcome === 'challenge') {
    const challenge = new ThreeDSecureChallenge(page);
    await challenge.expectShown();
    await challenge.complete();
  }
  const shown = await checkout.readOutcome(page);
  expect(
    shown.outcome,
    `${requirement}: saving card ${card.number}${linkOptIn ? ' with the Link opt-in' : ''} should succeed; the checkout showed '${shown.outcome}'`,
  ).toBe('succeeded');
  return settledSetupIntent(inspector, await confirmedSetupIntent(inspector, requirement, submitted));
}

/**
 * A new shopper signs up, opens the save page and saves a card with the Link opt-in ticked: the
 * guide's flow that gives Link a persistent token for the merchant's cookie. Resolves with the
 * SetupIntent the page confirmed.
 *
 * @example
 * const saved = await signUpAndSaveWithLink(page, checkout, inspector, shopper(), testCards.visa, 'COOKIE-01');
 */
export async function signUpAndSaveWithLink(
  page: Page,
  checkout: CheckoutAdapter,
  inspector: Inspector,
  shopper: ShopperDetails,
  card: TestCard,
  requirement: RequirementId,
): Promise<InspectedSetupIntent> {
  await checkout.signUp(page, shopper);
  await checkout.openSavePage(page);
  return saveCard(page, checkout, inspector, shopper, card, { requirement, linkOptIn: true });
}

/** A new shopper signs up on the checkout, opens its save page, and gives their email where the form asks for it. */
export async function signUpAndOpenSavePage(
  page: Page,
  checkout: CheckoutAdapter,
  shopper: ShopperDetails,
  options?: Parameters<CheckoutAdapter['openSavePage']>[1],
): Promise<void> {
  await checkout.signUp(page, shopper);
  await checkout.openSavePage(page, options);
  await giveEmailOnForm(page, shopper.email);
}
