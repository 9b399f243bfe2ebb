/**
 * A 3D Secure challenge the shopper still has to answer, keyed in the account by its `src_` id.
 * Stripe's test challenge page offers two buttons; the emulated page posts the shopper's choice
 * to `POST /v1/3ds2/challenge_complete`.
 */
export interface ThreeDSecureChallenge {
  /** `src_…`: the id Stripe.js reads from `next_action.use_stripe_sdk.source`. */
  source: string;
  /** The `seti_…` or `pi_…` waiting in `requires_action`. */
  intent: string;
  status: 'pending' | 'authorized' | 'failed' | 'abandoned';
  /** `redirect_to_url` challenges send the shopper back here when they finish. */
  returnUrl: string | null;
  /** How the intent asked for the challenge: through Stripe.js, or by a full-page redirect. */
  mode: 'use_stripe_sdk' | 'redirect_to_url';
  created: number;
}
