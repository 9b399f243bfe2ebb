import type Stripe from 'stripe';
import type { IntentKind } from './intents.ts';
import type { CardOutcome } from './test-cards.ts';

/** What an intent records about a failed attempt: `last_setup_error` / `last_payment_error` and the 402's fields. */

const docUrl = (code: string) => `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;

/** The error fields of a failed card outcome: a decline or an off-session `authentication_required`. */
export interface DeclineDetails {
  code: string;
  decline_code?: string;
  advice_code?: string;
  message: string;
}

/** The details Stripe reports for a declining outcome. */
export function declineDetails(outcome: Extract<CardOutcome, { kind: 'decline' | 'authentication_required' }>): DeclineDetails {
  if (outcome.kind === 'authentication_required')
    return {
      code: 'authentication_required',
      decline_code: 'authentication_required',
      message: 'Your card was declined. This transaction requires authentication.',
    };
  return {
    code: outcome.code,
    message: outcome.message,
    ...(outcome.decline_code ? { decline_code: outcome.decline_code } : {}),
    ...(outcome.advice_code ? { advice_code: outcome.advice_code } : {}),
  };
}

/** `last_setup_error` / `last_payment_error` for a card decline. */
export function cardErrorRecord(
  details: DeclineDetails,
  pm: Stripe.PaymentMethod,
  charge?: string,
): Stripe.SetupIntent.LastSetupError & Stripe.PaymentIntent.LastPaymentError {
  return {
    type: 'card_error',
    ...details,
    ...(charge ? { charge } : {}),
    doc_url: docUrl(details.code),
    payment_method: structuredClone(pm),
    payment_method_type: pm.type,
  } as Stripe.SetupIntent.LastSetupError & Stripe.PaymentIntent.LastPaymentError;
}

/** `last_setup_error` / `last_payment_error` after the shopper failed a 3D Secure challenge. */
export function authenticationFailureRecord(
  kind: IntentKind,
  pm: Stripe.PaymentMethod | undefined,
): Stripe.SetupIntent.LastSetupError & Stripe.PaymentIntent.LastPaymentError {
  const code = `${kind}_authentication_failure`;
  return {
    type: 'invalid_request_error',
    code,
    doc_url: docUrl(code),
    message: `We are unable to authenticate your payment method. Please choose a different payment method and try again.`,
    ...(pm ? { payment_method: structuredClone(pm), payment_method_type: pm.type } : {}),
  } as Stripe.SetupIntent.LastSetupError & Stripe.PaymentIntent.LastPaymentError;
}
