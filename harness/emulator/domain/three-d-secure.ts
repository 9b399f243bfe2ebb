import type Stripe from 'stripe';
import type { Account } from './account.ts';
import type { ThreeDSecureChallenge } from './three-d-secure-challenge.ts';
import { invalidState, resourceMissing } from '../core/errors.ts';
import { newId, nowSeconds } from '../core/ids.ts';

/** What the shopper pressed on the test challenge page. */
export type ChallengeOutcome = 'authorize' | 'fail';

/** The page the emulated Stripe.js frames for a challenge (served under the emulator's base URL). */
export const challengePageUrl = (baseUrl: string, source: string, intentId: string) =>
  `${baseUrl}/three-ds-2-challenge/${source}?intent=${encodeURIComponent(intentId)}`;

/**
 * Opens a challenge for an intent and returns the `next_action` that tells the client about it.
 * Confirming through Stripe.js (`use_stripe_sdk=true`) or without a `return_url` gives
 * `use_stripe_sdk` (Stripe.js frames the challenge itself); a server-side confirm with a
 * `return_url` gives `redirect_to_url`, as Stripe does, so the shopper can be sent to the page.
 *
 * @example
 * si.next_action = startChallenge(account, si.id, { baseUrl, returnUrl: null, useStripeSdk: true });
 */
export function startChallenge(
  account: Account,
  intentId: string,
  opts: { baseUrl: string; returnUrl: string | null; useStripeSdk: boolean },
): Stripe.SetupIntent.NextAction & Stripe.PaymentIntent.NextAction {
  abandonChallenges(account, intentId);
  const source = newId('src');
  const mode = opts.returnUrl !== null && !opts.useStripeSdk ? 'redirect_to_url' : 'use_stripe_sdk';
  account.threeDSecureChallenges.set(source, { source, intent: intentId, status: 'pending', returnUrl: opts.returnUrl, mode, created: nowSeconds() });
  const url = challengePageUrl(opts.baseUrl, source, intentId);
  // A full-page challenge has no Stripe.js to lend it a key: the URL carries the account's publishable key.
  if (mode === 'redirect_to_url')
    return { type: 'redirect_to_url', redirect_to_url: { url: `${url}&redirect=true&key=pk_test_${account.accountKey}`, return_url: opts.returnUrl } };
  return { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: url, source } };
}

/** Drops an intent's open challenge: it was confirmed again, given a new payment method or canceled. */
export function abandonChallenges(account: Account, intentId: string): void {
  for (const challenge of account.threeDSecureChallenges.values())
    if (challenge.intent === intentId && challenge.status === 'pending') challenge.status = 'abandoned';
}

/** The challenge a `source` parameter names, or Stripe's 404. */
export function findChallenge(account: Account, source: string): ThreeDSecureChallenge {
  const challenge = account.threeDSecureChallenges.get(source);
  if (!challenge) throw resourceMissing('source', source, 'source');
  return challenge;
}

/** Marks a pending challenge answered; a challenge answered before (or abandoned) is a 400. */
export function answerChallenge(account: Account, source: string, outcome: ChallengeOutcome): ThreeDSecureChallenge {
  const challenge = findChallenge(account, source);
  if (challenge.status !== 'pending')
    throw invalidState(
      `This 3D Secure challenge (${source}) is ${challenge.status === 'abandoned' ? 'no longer current: its intent was confirmed again, changed or canceled' : `already ${challenge.status}`}; confirm the intent again for a new challenge.`,
      'intent_invalid_state',
      { param: 'source' },
    );
  challenge.status = outcome === 'authorize' ? 'authorized' : 'failed';
  return challenge;
}
