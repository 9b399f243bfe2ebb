/**
 * The data the server hands each page script, as JSON in `<script id="checkout-config">`. Shared
 * as types by the server (which writes it) and the browser scripts (which read it).
 */

/** How the save page collects the shopper's email for Link (EMAIL-01). */
export type EmailCollection =
  /** The Link Authentication Element, prefilled with the account's email. */
  | { collect: 'link-authentication-element'; defaultEmail: string }
  /** Only the Payment Element, with the email in `defaultValues.billingDetails.email`. */
  | { collect: 'payment-element'; email: string }
  /** Neither (the `no-email-element` fault). */
  | { collect: 'none' };

/** The save page's data: the publishable key and the SetupIntent's client secret, nothing more secret. */
export interface SavePageConfig {
  publishableKey: string;
  clientSecret: string;
  email: EmailCollection;
  /**
   * Where confirmSetup sends the shopper: `returnUrl` (CONFIRM-01), or, with the `no-return-url`
   * fault, nowhere (`redirect: 'if_required'`) and the page itself moves on to `afterUrl`.
   */
  confirm: { returnUrl: string } | { returnUrl: null; afterUrl: string };
  /** False with the `swallow-errors` fault: confirm errors are not shown. */
  showConfirmErrors: boolean;
}

/** The authenticate page's data: bring the shopper back on-session for a charge that needs them (OFF-02). */
export interface AuthenticatePageConfig {
  publishableKey: string;
  /** The PaymentIntent's client secret. */
  clientSecret: string;
  /** The saved payment method the charge was for. */
  paymentMethod: string;
  paymentMethodType: string;
  /** Where the page goes once Stripe.js is done; the server reads the PaymentIntent there. */
  returnUrl: string;
}

/**
 * Reads the page's JSON data.
 *
 * @example
 * const config = readPageConfig<SavePageConfig>();
 */
export function readPageConfig<T>(id = 'checkout-config'): T {
  const element = document.getElementById(id);
  if (!element?.textContent) throw new Error(`checkout: the page has no #${id} data block.`);
  return JSON.parse(element.textContent) as T;
}
