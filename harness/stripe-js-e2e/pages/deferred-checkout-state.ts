/** What the deferred-intent test page reads from its query string. */
export interface DeferredCheckoutQuery {
  pk: string;
  return: string;
  /** What Save does after `elements.submit()`: confirm an intent the server creates then, create a ConfirmationToken, or create a PaymentMethod. */
  flow: 'confirm' | 'token' | 'payment-method' | 'next-action';
  mode: 'setup' | 'payment' | 'subscription';
  /** `paymentMethodTypes`, comma-separated. */
  types?: string;
  /** `paymentMethodCreation: 'manual'`. */
  manual?: '1';
  /** `setupFutureUsage` of the group. */
  sfu?: 'off_session' | 'on_session';
  /** The shopper's email, prefilled into the Payment Element's billing details. */
  email?: string;
  /** Leave `elements.submit()` out (the calls after it must throw). */
  skipSubmit?: '1';
  /** Confirm an intent of this kind whatever the group's mode (a mismatch must throw). */
  confirmAs?: 'setup' | 'payment';
  /** `elements.update({mode: 'payment', amount: 2500, currency: 'usd'})` before Save. */
  updateToPayment?: '1';
  redirect?: 'if_required';
  /** Mount a shipping Address Element, prefilled with a complete address, beside the Payment Element. */
  address?: 'shipping';
}

/** One Save press, as the page saw it end. */
export interface DeferredOutcome {
  /** An IntegrationError (or any exception) a Stripe.js call threw: its name and message. */
  thrown: { name: string; message: string } | null;
  error: { type: string; code?: string; message?: string } | null;
  /** The intent the merchant's server created or confirmed. */
  intentId: string | null;
  /** What Stripe.js resolved with (`redirect: 'if_required'`) or the server answered. */
  status: string | null;
  confirmationToken: string | null;
  paymentMethod: string | null;
}

/** The page's record for the test. */
export interface DeferredCheckoutState {
  ready: boolean;
  outcomes: DeferredOutcome[];
}
