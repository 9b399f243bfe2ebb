import { formatAmount } from './format.ts';
import { html, type Html } from './html.ts';

/** The page that brings a shopper back on-session to complete a charge their bank held (OFF-02). */
export function authenticatePage({ amount, currency, paymentMethod }: { amount: number; currency: string; paymentMethod: string }): Html {
  return html`<h1>Confirm your payment</h1>
<p class="lede">Your bank asked to confirm a payment of ${formatAmount(amount, currency)} with ${paymentMethod} before it goes through.</p>
<div class="panel">
  <p>Press the button and follow your bank's steps. It only takes a moment.</p>
  <div id="error-message" class="notice error" role="alert"></div>
  <button id="authenticate" type="button" disabled>Confirm payment</button>
</div>
<p><a href="/account">Back to your account</a></p>`;
}
