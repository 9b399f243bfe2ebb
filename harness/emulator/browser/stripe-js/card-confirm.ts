import type { FormValue } from '../frames/shared/form-encode.ts';
import type { IntentKind, StripeJsError } from '../protocol.ts';
import { cardHolder, showCardError } from './card-elements.ts';
import { requireClientSecret } from './client-secret.ts';
import { StripeElementHost } from './element.ts';
import type { ClientIntent } from './errors.ts';
import { handleIntentActions } from './intent-actions.ts';
import { intentPath } from './intent-api.ts';
import { intentResult, type IntentResult } from './intent-results.ts';
import { integrationError } from './integration-error.ts';
import { paymentMethodFromElement } from './payment-method-creation.ts';
import type { StripeContext } from './stripe-context.ts';
import { isRecord } from '../values.ts';

/**
 * The confirm parameters of `confirmCardSetup` / `confirmCardPayment` data: `payment_method` as a
 * `pm_…` id, as `{card: cardElement, billing_details}` (`card`, `cardNumber` or the Payment
 * Element: its frame makes the PaymentMethod first) or as `{card: {token}}`; everything else (return_url, payment_method_options,
 * setup_future_usage, …) passes through.
 */
async function cardConfirmParams(
  call: string,
  data: Record<string, unknown>,
): Promise<{ params: Record<string, unknown>; element?: StripeElementHost } | { error: StripeJsError }> {
  const { payment_method: paymentMethod, ...rest } = data;
  if (paymentMethod === undefined) return { params: rest };
  if (typeof paymentMethod === 'string') return { params: { ...rest, payment_method: paymentMethod } };
  if (!isRecord(paymentMethod)) throw integrationError(call, 'payment_method should be a PaymentMethod id or {card, billing_details}.');
  const { card, ...details } = paymentMethod;
  if (card instanceof StripeElementHost) {
    const element = cardHolder(call, card);
    const created = await paymentMethodFromElement(element, details);
    if ('error' in created) return created;
    return { params: { ...rest, payment_method: String(created.paymentMethod.id) }, element };
  }
  if (isRecord(card)) return { params: { ...rest, payment_method_data: { ...details, type: 'card', card } } };
  throw integrationError(call, 'payment_method.card should be the card, cardNumber or Payment Element, or {token: "tok_…"}.');
}

/**
 * `stripe.confirmCardSetup(clientSecret, data, {handleActions})` and `confirmCardPayment`:
 * confirms the intent through the API, shows a 3D Secure challenge when one is needed (unless
 * `handleActions: false`), and resolves `{setupIntent}` / `{paymentIntent}` or `{error}`. Never
 * redirects.
 */
export async function confirmCardIntent(ctx: StripeContext, kind: IntentKind, clientSecret: unknown, data?: unknown, options?: unknown): Promise<IntentResult> {
  const call = kind === 'setup' ? 'stripe.confirmCardSetup()' : 'stripe.confirmCardPayment()';
  const secret = requireClientSecret(call, clientSecret, kind);
  const built = await cardConfirmParams(call, isRecord(data) ? data : {});
  if ('error' in built) return { error: built.error };
  const res = await ctx.api.post<ClientIntent>(intentPath(secret, 'confirm'), {
    ...(built.params as Record<string, FormValue>),
    client_secret: secret.clientSecret,
    use_stripe_sdk: true,
  });
  if (!res.ok) {
    if (built.element) showCardError(built.element, res.error);
    return { error: res.error };
  }
  if (isRecord(options) && options.handleActions === false) return intentResult(kind, { intent: res.body });
  const result = intentResult(kind, await handleIntentActions(ctx, secret, res.body));
  if ('error' in result && result.error && built.element) showCardError(built.element, result.error);
  return result;
}
