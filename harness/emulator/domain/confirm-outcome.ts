import type Stripe from 'stripe';
import type { Account } from './account.ts';
import type { CardOutcome } from './test-cards.ts';

/** When a payment method is confirmed: setting it up, paying with the shopper present, or charging later. */
export type ConfirmMoment = 'setup' | 'on_session_payment' | 'off_session_payment';

/** `payment_method_options[card][request_three_d_secure]`: `any` and `challenge` ask for a challenge. */
export type RequestThreeDSecure = 'any' | 'automatic' | 'challenge';

const succeeds: CardOutcome = { kind: 'succeeds' };
const authenticate: CardOutcome = { kind: 'authenticate' };
const authenticationRequired: CardOutcome = { kind: 'authentication_required' };

/**
 * Decides what confirming an intent with a payment method does, from the test card behind it
 * (`account.cards`, which Link registers for card-funded Link payment methods too) and whether it
 * was set up before (`account.setUpForOffSession`). A payment method with no test card behind it
 * (a Link bank account) succeeds.
 *
 * - setup: the card's `setup` outcome; a card set up before needs no new challenge unless it asks
 *   for one on every payment (its `onSessionAfterSetup` is not a success).
 * - on-session payment: `setup` when never set up, `onSessionAfterSetup` otherwise.
 * - off-session payment: `offSession` when set up, `offSessionWithoutSetup` otherwise; a challenge
 *   cannot be shown off-session, so it becomes `authentication_required`.
 *
 * `request_three_d_secure` `any`/`challenge` turns an on-session success into a challenge.
 *
 * @example
 * confirmOutcome(account, pm, 'off_session_payment') // { kind: 'authentication_required' } for pm_card_authenticationRequired
 */
export function confirmOutcome(
  account: Account,
  pm: Stripe.PaymentMethod,
  moment: ConfirmMoment,
  requestThreeDSecure: RequestThreeDSecure | null = null,
): CardOutcome {
  const card = account.cards.get(pm.id);
  const setUp = account.setUpForOffSession.has(pm.id);
  if (moment === 'off_session_payment') {
    if (!card) return succeeds;
    const outcome = setUp ? card.offSession : card.offSessionWithoutSetup;
    return outcome.kind === 'authenticate' ? authenticationRequired : outcome;
  }
  let outcome: CardOutcome = succeeds;
  if (card && moment === 'setup') outcome = setUp && card.onSessionAfterSetup.kind === 'succeeds' ? succeeds : card.setup;
  if (card && moment === 'on_session_payment') outcome = setUp ? card.onSessionAfterSetup : card.setup;
  // With the shopper present a bank's demand for authentication is met by a challenge.
  if (outcome.kind === 'authentication_required') return authenticate;
  if (outcome.kind === 'succeeds' && (requestThreeDSecure === 'any' || requestThreeDSecure === 'challenge')) return authenticate;
  return outcome;
}

/**
 * What the charge of an on-session payment does once authentication is passed (or was not
 * needed): the card's first decline among its later charges, else success. This is how
 * 4000000000000341 attaches fine but fails to be charged, and how 4000008260003178 declines
 * with `insufficient_funds` after a completed challenge.
 *
 * @example
 * chargeOutcome(account, pm) // { kind: 'decline', code: 'card_declined', decline_code: 'generic_decline', … } for 341
 */
export function chargeOutcome(account: Account, pm: Stripe.PaymentMethod): CardOutcome {
  const card = account.cards.get(pm.id);
  if (!card) return succeeds;
  for (const later of [card.onSessionAfterSetup, card.offSession]) if (later.kind === 'decline') return later;
  return succeeds;
}
