import { html, type Html } from './html.ts';
import { SHOP_NAME } from './layout.ts';

/**
 * The privacy page (PRIV-01). The guide asks merchants to tell shoppers about the cookies Stripe
 * and Link use; this page does so in the shop's own words.
 */
export function privacyPage(): Html {
  return html`<h1>Privacy and cookies</h1>
<p class="lede">How ${SHOP_NAME} handles your data when you save a payment method with us.</p>

<h2>Payments are handled by Stripe</h2>
<p>We use Stripe to take payments, to keep the payment methods you save for later orders, and for
related services such as fraud prevention. Your card or bank details go straight to Stripe; our
servers only ever see a reference to them and a description such as the card brand and its last
four digits.</p>
<p>To do this, Stripe collects information about the device and browser you use to reach its
services, including through cookies, and uses it to run and improve those services for us, for
example to spot fraud. Stripe's own privacy policy is at
<a href="https://stripe.com/privacy">stripe.com/privacy</a>.</p>

<h2>Link remembers you</h2>
<p>When you pay with Link, Stripe's one-click checkout, Link can remember you on this browser so
that you do not have to confirm a code every time. Depending on your browser it keeps a random
value either in storage on Stripe's own site, or in a cookie on our site. In both cases the law
treats it as a cookie.</p>
<table>
  <thead><tr><th scope="col">Cookie</th><th scope="col">Set by</th><th scope="col">Purpose</th><th scope="col">Lifetime</th></tr></thead>
  <tbody>
    <tr><td><code>stripe.link.persistent_token</code></td><td>${SHOP_NAME}, with a value from Stripe</td><td>Keeps you signed in to Link on this browser after you save a payment method with Link. Only our server can read it.</td><td>90 days</td></tr>
    <tr><td>Link storage on Stripe's site</td><td>Stripe</td><td>Remembers you for Link in browsers that allow it.</td><td>Set by Stripe</td></tr>
    <tr><td><code>shop_session</code></td><td>${SHOP_NAME}</td><td>Keeps you signed in to your account with us.</td><td>30 days</td></tr>
  </tbody>
</table>
<p>You can remove these cookies at any time in your browser's settings; you will then be asked to
sign in, and to confirm a Link code, again.</p>`;
}
