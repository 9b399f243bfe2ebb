import type { IntentKind } from '../protocol.ts';
import { parseClientSecret, requireClientSecret } from './client-secret.ts';
import type { ClientIntent } from './errors.ts';
import { handleIntentActions } from './intent-actions.ts';
import { intentPath } from './intent-api.ts';
import { intentResult, type IntentResult } from './intent-results.ts';
import { integrationError } from './integration-error.ts';
import type { StripeContext } from './stripe-context.ts';

/**
 * `stripe.retrieveSetupIntent(clientSecret)` / `retrievePaymentIntent`: the intent as Stripe.js
 * sees it (what a return page reads the outcome from), or `{error}`.
 */
export async function retrieveIntent(ctx: StripeContext, kind: IntentKind, clientSecret: unknown): Promise<IntentResult> {
  const secret = requireClientSecret(kind === 'setup' ? 'stripe.retrieveSetupIntent()' : 'stripe.retrievePaymentIntent()', clientSecret, kind);
  const res = await ctx.api.get<ClientIntent>(intentPath(secret), { client_secret: secret.clientSecret });
  return intentResult(kind, res.ok ? { intent: res.body } : { error: res.error });
}

/**
 * `stripe.handleNextAction({clientSecret})` (either kind) and `stripe.handleCardAction(clientSecret)`
 * (PaymentIntents): reads the intent and, when it waits on a 3D Secure challenge, shows it. The
 * way a merchant brings a shopper back on-session after `authentication_required`.
 */
export async function handleNextAction(ctx: StripeContext, call: string, clientSecret: unknown, only?: IntentKind): Promise<IntentResult> {
  const parsed = parseClientSecret(clientSecret);
  if (!parsed) throw integrationError(call, 'clientSecret should be a SetupIntent or PaymentIntent client secret.');
  const secret = requireClientSecret(call, clientSecret, only ?? parsed.kind);
  const res = await ctx.api.get<ClientIntent>(intentPath(secret), { client_secret: secret.clientSecret });
  if (!res.ok) return { error: res.error };
  return intentResult(secret.kind, await handleIntentActions(ctx, secret, res.body));
}
