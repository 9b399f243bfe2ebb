import type { FormValue } from '../frames/shared/form-encode.ts';
import type { StripeJsError } from '../protocol.ts';
import { StripeElementHost } from './element.ts';
import { ElementsGroup } from './elements-group.ts';
import { frameGoneError } from './errors.ts';
import { nextRequestId } from './frame-names.ts';
import { integrationError } from './integration-error.ts';
import type { StripeContext } from './stripe-context.ts';
import { isRecord } from './values.ts';

type PaymentMethodResult = { paymentMethod: Record<string, unknown> } | { error: StripeJsError };
type TokenResult = { token: Record<string, unknown> } | { error: StripeJsError };

const tokenTypes = ['card', 'bank_account', 'pii', 'account', 'person', 'cvc_update'];

/** The Payment Element given where Stripe.js takes a card element, mounted so its frame can answer. */
function mountedPaymentElement(call: string, element: StripeElementHost): StripeElementHost {
  if (element.elementType !== 'payment')
    throw integrationError(call, `the ${element.elementType} Element holds no card; pass the Payment Element.`);
  if (!element.mounted) throw integrationError(call, 'the Payment Element is not mounted; mount it and let the shopper enter the card first.');
  return element;
}

/**
 * Asks the Payment Element's frame for a PaymentMethod of what the shopper entered. The frame
 * creates it with the API itself; this page only learns the PaymentMethod.
 */
export async function paymentMethodFromElement(element: StripeElementHost, params: Record<string, unknown>): Promise<PaymentMethodResult> {
  const answer = await element.request({ type: 'create-payment-method', requestId: nextRequestId(), params });
  if (!answer || answer.type !== 'create-payment-method-result') return { error: frameGoneError('Payment Element') };
  if (answer.error || !answer.paymentMethod) return { error: answer.error ?? frameGoneError('Payment Element') };
  return { paymentMethod: answer.paymentMethod };
}

async function createFromParams(ctx: StripeContext, params: Record<string, unknown>): Promise<PaymentMethodResult> {
  const res = await ctx.api.post<Record<string, unknown>>('/v1/payment_methods', params as Record<string, FormValue>);
  return res.ok ? { paymentMethod: res.body } : { error: res.error };
}

/**
 * `stripe.createPaymentMethod(…)` in its three forms: `{elements, params}` (after
 * `elements.submit()`), `{type: 'card', card: paymentElement | {token}, billing_details, …}`, and
 * the older `('card', paymentElement, data)`.
 */
export async function createPaymentMethod(ctx: StripeContext, first: unknown, second?: unknown, third?: unknown): Promise<PaymentMethodResult> {
  const call = 'stripe.createPaymentMethod()';
  if (typeof first === 'string') {
    if (second instanceof StripeElementHost) return paymentMethodFromElement(mountedPaymentElement(call, second), isRecord(third) ? third : {});
    return createFromParams(ctx, { ...(isRecord(second) ? second : {}), type: first });
  }
  if (!isRecord(first)) throw integrationError(call, 'expected an object argument, e.g. {elements, params: {billing_details}}.');
  if (first.elements !== undefined) {
    if (!(first.elements instanceof ElementsGroup)) throw integrationError(call, 'elements should be the Elements group from stripe.elements().');
    if (!first.elements.submitted)
      throw integrationError(call, 'elements.submit() must be called before stripe.createPaymentMethod(). Call it as soon as the shopper presses pay, before any asynchronous work.');
    const payment = first.elements.mountedPaymentElement(call);
    first.elements.submitted = false;
    return paymentMethodFromElement(payment, isRecord(first.params) ? first.params : {});
  }
  const { card, ...rest } = first;
  if (card instanceof StripeElementHost) {
    const { type: _type, ...params } = rest;
    return paymentMethodFromElement(mountedPaymentElement(call, card), params);
  }
  if (typeof rest.type !== 'string') throw integrationError(call, 'type is required, e.g. {type: "card", card: {token}}.');
  return createFromParams(ctx, card === undefined ? rest : { ...rest, card });
}

/**
 * `stripe.createToken(paymentElement, data)`: the frame makes a `tok_…` of the shopper's card with
 * `data` (name, address_…). `createToken('pii' | 'bank_account' | …, data)` goes to the API as is.
 */
export async function createToken(ctx: StripeContext, what: unknown, data?: unknown): Promise<TokenResult> {
  const call = 'stripe.createToken()';
  const extra = isRecord(data) ? data : {};
  if (what instanceof StripeElementHost) {
    const answer = await mountedPaymentElement(call, what).request({ type: 'create-token', requestId: nextRequestId(), data: extra });
    if (!answer || answer.type !== 'create-token-result') return { error: frameGoneError('Payment Element') };
    if (answer.error || !answer.token) return { error: answer.error ?? frameGoneError('Payment Element') };
    return { token: answer.token };
  }
  if (typeof what === 'string' && tokenTypes.includes(what)) {
    const res = await ctx.api.post<Record<string, unknown>>('/v1/tokens', { [what]: extra as Record<string, FormValue> });
    return res.ok ? { token: res.body } : { error: res.error };
  }
  throw integrationError(call, 'pass the Payment Element (for a card token) or a token type such as "pii" as the first argument.');
}
