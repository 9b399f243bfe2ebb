import type { Stripe } from '@stripe/stripe-js';

/**
 * The Stripe object of a page that loaded Stripe.js with a script tag (`<emulator>/v3`, or
 * `https://js.stripe.com/v3`), or an error on the page when Stripe.js did not load.
 */
export function loadedStripe(publishableKey: string): Stripe {
  const StripeJs = window.Stripe;
  if (!StripeJs) {
    const message = 'The payment form could not load (Stripe.js is unavailable). Please reload the page.';
    const target = document.getElementById('error-message');
    if (target) showMessage(target, message);
    throw new Error(`checkout: ${message}`);
  }
  return StripeJs(publishableKey);
}

/** Shows (or, with '', clears) a message in a live region. */
export function showMessage(target: HTMLElement, message: string): void {
  target.textContent = message;
}
