import type { Account } from '../domain/account.ts';
import { finishPaymentChallenge } from '../domain/payment-intent-confirm.ts';
import { findPaymentIntent } from '../domain/payment-intents.ts';
import { finishSetupChallenge } from '../domain/setup-intent-confirm.ts';
import { findSetupIntent } from '../domain/setup-intents.ts';
import { answerChallenge, findChallenge, type ChallengeOutcome } from '../domain/three-d-secure.ts';
import type { ThreeDSecureChallenge } from '../domain/three-d-secure-challenge.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { obj, oneOf, str } from '../http/params.ts';
import { clientPaymentIntent, clientSetupIntent, type ClientPaymentIntent, type ClientSetupIntent } from './intent-access.ts';

/**
 * The browser-facing side of Stripe's 3D Secure test page, for the emulated Stripe.js and its
 * challenge frame. Not part of Stripe's public API; publishable keys may call it, like Stripe.js.
 *
 * - `GET /v1/3ds2/challenges/:source`: the challenge and its intent (to draw the page, or to poll).
 * - `POST /v1/3ds2/challenge_complete` with `source=src_…` and `outcome=authorize|fail`: the
 *   shopper pressed "Complete" or "Fail". The intent is finished at once (no second confirm).
 */
export interface ThreeDSecureChallengeAnswer {
  object: 'three_d_secure_challenge';
  /** The challenge's `src_…` id. */
  id: string;
  status: ThreeDSecureChallenge['status'];
  intent: ClientSetupIntent | ClientPaymentIntent;
  /**
   * For a `redirect_to_url` challenge once answered: the `return_url` with the intent's id, client
   * secret and `redirect_status`, where the page sends the shopper. `null` otherwise (Stripe.js
   * continues by itself after a `use_stripe_sdk` challenge).
   */
  redirect_url: string | null;
}

function answer(account: Account, challenge: ThreeDSecureChallenge): ThreeDSecureChallengeAnswer {
  const isSetup = challenge.intent.startsWith('seti_');
  const intent = isSetup ? clientSetupIntent(findSetupIntent(account, challenge.intent)) : clientPaymentIntent(findPaymentIntent(account, challenge.intent));
  let redirectUrl: string | null = null;
  if (challenge.mode === 'redirect_to_url' && challenge.returnUrl && (challenge.status === 'authorized' || challenge.status === 'failed')) {
    const url = new URL(challenge.returnUrl);
    const prefix = isSetup ? 'setup_intent' : 'payment_intent';
    url.searchParams.set(prefix, intent.id);
    url.searchParams.set(`${prefix}_client_secret`, intent.client_secret ?? '');
    url.searchParams.set('redirect_status', intent.status === 'succeeded' ? 'succeeded' : 'failed');
    redirectUrl = url.toString();
  }
  return { object: 'three_d_secure_challenge', id: challenge.source, status: challenge.status, intent, redirect_url: redirectUrl };
}

const retrieveChallenge = defineEndpoint({
  method: 'get',
  path: '/v1/3ds2/challenges/:source',
  access: 'publishable',
  params: obj({}),
  handle: ({ account, path }) => answer(account, findChallenge(account, path.source!)),
});

const completeChallenge = defineEndpoint<{ source: string; outcome: ChallengeOutcome }>({
  method: 'post',
  path: '/v1/3ds2/challenge_complete',
  access: 'publishable',
  params: obj({ source: str(), outcome: oneOf('authorize', 'fail') }, ['source', 'outcome']),
  handle({ account }, p) {
    const challenge = answerChallenge(account, p.source, p.outcome);
    if (challenge.intent.startsWith('seti_')) finishSetupChallenge(account, findSetupIntent(account, challenge.intent), p.outcome);
    else finishPaymentChallenge(account, findPaymentIntent(account, challenge.intent), p.outcome);
    return answer(account, challenge);
  },
});

/** The 3D Secure test page's endpoints (emulator-only). */
export const threeDSecureEndpoints: Endpoint[] = [retrieveChallenge, completeChallenge];
