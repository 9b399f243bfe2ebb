import type { StripeJsError } from '../protocol.ts';
import type { ParsedClientSecret } from './client-secret.ts';
import { errorAfterAuthentication, unsupportedNextAction, type ClientIntent } from './errors.ts';
import { intentPath } from './intent-api.ts';
import { redirectUrlOf, threeDSecureChallengeUrl } from './next-action.ts';
import { redirectTo, untilPageUnloads } from './redirect.ts';
import type { StripeContext } from './stripe-context.ts';
import { showThreeDSecureChallenge } from './three-d-secure-lightbox.ts';

/** Where a confirm ends: the intent it left, or the error Stripe.js resolves with. */
export type IntentOutcome = { intent: ClientIntent; error?: undefined } | { error: StripeJsError; intent?: undefined };

/**
 * Carries out what a confirmed intent still needs: for `requires_action` with a 3D Secure
 * challenge, shows it, then reads the intent again and reports it, or the error it records
 * (`setup_intent_authentication_failure` after "Fail"). A `redirect_to_url` next action sends
 * the page to its URL (the promise never settles: the page is going away), as Stripe.js does.
 * Any other intent is passed through.
 */
export async function handleIntentActions(ctx: StripeContext, secret: ParsedClientSecret, intent: ClientIntent): Promise<IntentOutcome> {
  if (intent.status !== 'requires_action') return { intent };
  const redirect = redirectUrlOf(intent.next_action);
  if (redirect) {
    redirectTo(redirect);
    return untilPageUnloads();
  }
  const challenge = threeDSecureChallengeUrl(intent.next_action);
  if (!challenge) return { error: unsupportedNextAction(secret.kind, intent) };
  await showThreeDSecureChallenge(ctx, challenge);
  return retrieveAfterChallenge(ctx, secret);
}

async function retrieveAfterChallenge(ctx: StripeContext, secret: ParsedClientSecret): Promise<IntentOutcome> {
  const res = await ctx.api.get<ClientIntent>(intentPath(secret), { client_secret: secret.clientSecret });
  if (!res.ok) return { error: res.error };
  const error = errorAfterAuthentication(secret.kind, res.body);
  return error ? { error } : { intent: res.body };
}
