import { html, type Html } from './html.ts';

/** The save-a-payment-method page: mount points for the Elements and the submit button. */
export function savePage({ linkAuthenticationElement }: { linkAuthenticationElement: boolean }): Html {
  return html`<h1>Add a payment method</h1>
<p class="lede">Save a card, or pay faster with Link. Nothing is charged now.</p>
<form id="payment-form" class="panel" novalidate>
  ${linkAuthenticationElement ? html`<div id="link-authentication-element"></div>` : ''}
  <div id="payment-element"></div>
  <div id="error-message" class="notice error" role="alert"></div>
  <button id="submit" type="submit" disabled>Save payment method</button>
</form>
<p class="muted">By saving a payment method you allow us to charge it for your future orders and
subscription renewals, as described in our terms. You can remove it at any time.</p>
<p><a href="/account">Back to your account</a></p>`;
}
