/**
 * What the card element test pages expose on `window.cardCheckout`: the elements' events and
 * the results of the card methods, so tests wait on them instead of sleeping. Type-only, shared
 * by the pages and the tests.
 */

/** The card elements a page mounts. */
export type CardElementName = 'card' | 'cardNumber' | 'cardExpiry' | 'cardCvc';

/** One event an element emitted, as the merchant's handler received it. */
export interface RecordedCardEvent {
  element: CardElementName;
  type: 'ready' | 'change' | 'focus' | 'blur';
  payload: Record<string, unknown>;
}

/** The card methods the page's buttons call. */
export type CardCall = 'confirmCardSetup' | 'confirmCardPayment' | 'createPaymentMethod' | 'createPaymentMethod(type, element)' | 'createToken';

/** What a card method resolved with, as far as the tests need it. */
export interface CardCallResult {
  call: CardCall;
  error: { type: string; code?: string; decline_code?: string; message?: string } | null;
  setupIntent?: { id: string; status: string; payment_method: unknown };
  paymentIntent?: { id: string; status: string; payment_method: unknown };
  paymentMethod?: { id: string; type: string; card?: { brand?: string; last4?: string }; billing_details?: unknown };
  token?: { id: string; card?: { brand?: string; last4?: string; address_zip?: string | null; name?: string | null } };
}

export interface CardCheckoutState {
  events: RecordedCardEvent[];
  results: CardCallResult[];
  /** Every postMessage the merchant's page received, serialised: a card number must never be among them. */
  pageMessages: string[];
}

/** The card pages' query: the publishable key, an intent's client secret, and element options as JSON. */
export interface CardCheckoutQuery {
  pk: string;
  /** A SetupIntent's client secret (Save card runs confirmCardSetup) or a PaymentIntent's (confirmCardPayment). */
  secret: string;
  /** JSON of the `card` (or `cardNumber`) element's options, e.g. `{"hidePostalCode":true}`. */
  options?: string;
}
