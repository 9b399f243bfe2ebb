import type { FormValue } from '../frames/shared/form-encode.ts';
import type { StripeJsError } from '../protocol.ts';
import { cardHolder, elementName } from './card-elements.ts';
import { checkManualCreation } from './deferred-intent.ts';
import { StripeElementHost } from './element.ts';
import { ElementsGroup } from './elements-group.ts';
import { frameGoneError } from './errors.ts';
import { nextRequestId } from './frame-names.ts';
import { integrationError } from './integration-error.ts';
import type { StripeContext } from './stripe-context.ts';
import { isRecord } from '../values.ts';

type PaymentMethodResult = { paymentMethod: Record<string, unknown> } | { error: StripeJsError };
type TokenResult = { token: Record<string, unknown> } | { error: StripeJsError };

const tokenTypes = ['card', 'bank_account', 'pii', 'account', 'person', 'cvc_update'];

/**
 * Asks the frame of the Payment Element (or of a card element) for a PaymentMethod of what the
 * shopper entered. The frame creates it with the API itself; this page only learns the PaymentMethod.
 */
export async function paymentMethodFromElement(element: StripeElementHost, params: Record<string, unknown>): Promise<PaymentMethodResult> {
  const answer = await element.request({ type: 'create-payment-method', requestId: nextRequestId(), params });
  if (!answer || answer.type !== 'create-payment-method-result') return { error: frameGoneError(elementName(element.elementType)) };
  if (answer.error || !answer.paymentMethod) return { error: answer.error ?? frameGoneError(elementName(element.elementType)) };
  return { paymentMethod: answer.paymentMethod };
}

async function createFromParams(ctx: StripeContext, params: Record<string, unknown>): Promise<PaymentMethodResult> {
  const res = await ctx.api.post<Record<string, unknown>>('/v1/payment_methods', params as Record<string, FormValue>);
  return res.ok ? { paymentMethod: res.body } : { error: res.error };
}

/**
 * `stripe.createPaymentMethod(…)` in its three forms: `{elements, params}` (after
 * `elements.submit()`), `{type: 'card', card: cardElement | paymentElement | {token}, billing_details, …}`,
 * and the older `('card', cardElement, data)`; a card element is `card` or `cardNumber`.
 */
export async function createPaymentMethod(ctx: StripeContext, first: unknown, second?: unknown, third?: unknown): Promise<PaymentMethodResult> {
  const call = 'stripe.createPaymentMethod()';
  if (typeof first === 'string') {
    if (second instanceof StripeElementHost) return paymentMethodFromElement(cardHolder(call, second), isRecord(third) ? third : {});
    return createFromParams(ctx, { ...(isRecord(second) ? second : {}), type: first });
  }
  if (!isRecord(first)) throw integrationError(call, 'expected an object argument, e.g. {elements, params: {billing_details}}.');
  if (first.elements !== undefined) {
    if (!(first.elements instanceof ElementsGroup)) throw integrationError(call, 'elements should be the Elements group from stripe.elements().');
    checkManualCreation(call, first.elements);
    if (!first.elements.submitted)
      throw integrationError(
        call,
        'elements.submit() must be called before stripe.createPaymentMethod(). Call it as soon as the shopper presses pay, before any asynchronous work.',
      );
    const payment = first.elements.mountedPaymentElement(call);
    first.elements.submitted = false;
    return paymentMethodFromElement(payment, isRecord(first.params) ? first.params : {});
  }
  const { card, ...rest } = first;
  if (card instanceof StripeElementHost) {
    const { type: _type, ...params } = rest;
    return paymentMethodFromElement(cardHolder(call, card), params);
  }
  if (typeof rest.type !== 'string') throw integrationError(call, 'type is required, e.g. {type: "card", card: {token}}.');
  return createFromParams(ctx, card === undefined ? rest : { ...rest, card });
}

/**
 * `stripe.createToken(cardElement, data)` (`card`, `cardNumber` or the Payment Element): the frame makes a `tok_…` of the shopper's card with
 * `data` (name, address_…). `createToken('pii' | 'bank_account' | …, data)` goes to the API as is.
 */
export async function createToken(ctx: StripeContext, what: unknown, data?: unknown): Promise<TokenResult> {
  const call = 'stripe.createToken()';
  const extra = isRecord(data) ? data : {};
  if (what instanceof StripeElementHost) {
    const answer = await cardHolder(call, what).request({ type: 'create-token', requestId: nextRequestId(), data: extra });
    if (!answer || answer.type !== 'create-token-result') return { error: frameGoneError(elementName(what.elementType)) };
    if (answer.error || !answer.token) return { error: answer.error ?? frameGoneError(elementName(what.elementType)) };
    return { token: answer.token };
  }
  if (typeof what === 'string' && tokenTypes.includes(what)) {
    const res = await ctx.api.post<Record<string, unknown>>('/v1/tokens', { [what]: extra as Record<string, FormValue> });
    return res.ok ? { token: res.body } : { error: res.error };
  }
  throw integrationError(call, 'pass the card, cardNumber or Payment Element (for a card token) or a token type such as "pii" as the first argument.');
}
