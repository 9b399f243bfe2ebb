import type Stripe from 'stripe';
import type { ChargeAttempt } from '../charge-attempts.ts';
import type { Shopper } from '../shoppers.ts';
import { describePaymentMethod, formatAmount, formatTime } from './format.ts';
import { html, type Html } from './html.ts';

/** What the account page shows. */
export interface AccountPageInput {
  shopper: Shopper;
  /** The customer's saved payment methods, newest first. */
  paymentMethods: Stripe.PaymentMethod[];
  /** The customer's later charges, newest first. */
  attempts: ChargeAttempt[];
  /** A message about what just happened (a charge, an authentication). */
  notice?: { kind: 'ok' | 'error' | 'warn'; text: string } | undefined;
}

const outcomeLabels: Record<ChargeAttempt['outcome'], string> = {
  succeeded: 'Paid',
  requires_authentication: 'Needs you',
  declined: 'Declined',
  processing: 'Processing',
};

function attemptRow(a: ChargeAttempt): Html {
  const detail =
    a.outcome === 'requires_authentication'
      ? html`Your bank wants to confirm this payment with you. <a href="${a.authenticate_url ?? '#'}">Authenticate the payment</a>`
      : a.outcome === 'declined'
        ? html`${a.message ?? 'The payment was declined.'} <span class="muted">(${[a.code, a.decline_code].filter(Boolean).join(' / ')})</span>`
        : a.authenticated_at
          ? html`<span class="muted">Completed after you authenticated it.</span>`
          : '';
  return html`<tr id="${a.id}" data-outcome="${a.outcome}" data-payment-intent="${a.payment_intent ?? ''}" data-decline-code="${a.decline_code ?? ''}">
  <td>${formatTime(a.created)}</td>
  <td>${formatAmount(a.amount, a.currency)}</td>
  <td><span class="outcome ${a.outcome}">${outcomeLabels[a.outcome]}</span><br>${detail}</td>
  <td class="muted"><code>${a.payment_intent ?? '—'}</code></td>
</tr>`;
}

/** The shopper's account: saved payment methods, a "charge later" form and past charges. */
export function accountPage({ shopper, paymentMethods, attempts, notice }: AccountPageInput): Html {
  const methods =
    paymentMethods.length === 0
      ? html`<p class="muted">No saved payment method yet.</p>`
      : html`<ul class="methods">${paymentMethods.map(
          (pm, i) =>
            html`<li data-payment-method="${pm.id}"><span>${describePaymentMethod(pm)}</span>${i === 0 ? html`<span class="tag">used for later charges</span>` : ''}</li>`,
        )}</ul>`;
  const chargeForm =
    paymentMethods.length === 0
      ? ''
      : html`<form class="panel" method="post" action="/account/charges" aria-labelledby="charge-title">
  <h2 id="charge-title">Charge later</h2>
  <p class="muted">What the shop does when your next order ships: it charges a saved payment method while you are away (off-session).</p>
  <div class="inline-fields">
    <div><label for="charge-amount">Amount</label><input id="charge-amount" type="number" name="amount" min="0.50" step="0.01" value="10.99" required></div>
    <div><label for="charge-currency">Currency</label><select id="charge-currency" name="currency"><option value="usd">USD</option><option value="eur">EUR</option><option value="gbp">GBP</option></select></div>
    <div><label for="charge-method">Payment method</label><select id="charge-method" name="payment_method">${paymentMethods.map(
      (pm) => html`<option value="${pm.id}">${describePaymentMethod(pm)}</option>`,
    )}</select></div>
  </div>
  <button type="submit">Charge now</button>
</form>`;
  return html`<h1>Your account</h1>
<p class="lede">Signed in as ${shopper.name ? html`${shopper.name} (${shopper.email})` : shopper.email}.</p>
${notice ? html`<div class="notice ${notice.kind}" role="status">${notice.text}</div>` : ''}
<section class="panel" aria-labelledby="methods-title">
  <h2 id="methods-title">Saved payment methods</h2>
  ${methods}
  <a class="button" href="/account/payment-methods/new">Add a payment method</a>
</section>
${chargeForm}
<section aria-labelledby="charges-title">
  <h2 id="charges-title">Charges</h2>
  ${
    attempts.length === 0
      ? html`<p class="muted">No charges yet.</p>`
      : html`<table><thead><tr><th scope="col">When</th><th scope="col">Amount</th><th scope="col">Outcome</th><th scope="col">PaymentIntent</th></tr></thead>
<tbody>${attempts.map(attemptRow)}</tbody></table>`
  }
</section>`;
}
