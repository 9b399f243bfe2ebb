/**
 * What the test pages expose on `window.checkout`, so that tests wait on the elements' own events
 * (`ready`, `change`) instead of sleeping. Shared, type-only, by the pages and the tests.
 */

/** One event an element emitted, as the merchant's handler received it. */
export interface RecordedElementEvent {
  element: 'linkAuthentication' | 'payment';
  type: 'ready' | 'change' | 'focus' | 'blur' | 'loaderror';
  payload: Record<string, unknown>;
}

/** What `stripe.confirmSetup` resolved with, as far as a test needs it. */
export interface ConfirmOutcome {
  error: { type: string; code?: string; decline_code?: string; message?: string } | null;
  setupIntent: { id: string; status: string; payment_method: unknown } | null;
}

export interface CheckoutState {
  events: RecordedElementEvent[];
  /** Every confirmSetup result that resolved (a redirect never resolves). */
  outcomes: ConfirmOutcome[];
}

/**
 * The test page's query string: `pk`, `secret` (the SetupIntent's client secret, nothing else of
 * it), `return` (return_url), and the variants below.
 */
export interface CheckoutQuery {
  pk: string;
  secret: string;
  return: string;
  /** `link-authentication` (default): Link Authentication Element + Payment Element. `payment-only`: the Payment Element alone, with `email` in `defaultValues.billingDetails`. */
  layout?: 'link-authentication' | 'payment-only';
  /** The shopper's email the merchant already knows. */
  email?: string;
  redirect?: 'always' | 'if_required';
  /** `1`: after Stripe.js loaded, replace `fetch`, `JSON.stringify` and `postMessage` the way some merchant pages do. */
  patchGlobals?: '1';
}
