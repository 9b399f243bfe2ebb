import { Elements, LinkAuthenticationElement, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe } from '@stripe/stripe-js';
import { createElement as h, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import type { CheckoutState } from './checkout-state.ts';

/**
 * The same checkout as a React app: `loadStripe` from @stripe/stripe-js (which injects
 * `https://js.stripe.com/<train>/stripe.js`; the test routes that to the emulator) and the
 * components of @stripe/react-stripe-js. Plain `createElement`, so no JSX build step is needed.
 */

declare global {
  interface Window {
    checkout: CheckoutState;
  }
}

const query = new URLSearchParams(location.search);
const pk = query.get('pk');
const clientSecret = query.get('secret');
const returnUrl = query.get('return');
if (!pk || !clientSecret || !returnUrl) throw new Error('react checkout page: pk, secret or return is missing from the query');

const state: CheckoutState = { events: [], outcomes: [] };
window.checkout = state;

function CheckoutForm({ returnUrl }: { returnUrl: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setBusy(true);
    const { error } = await stripe.confirmSetup({ elements, confirmParams: { return_url: returnUrl } });
    state.outcomes.push({ error: { type: error.type, ...(error.code ? { code: error.code } : {}) }, setupIntent: null });
    setMessage(error.message ?? error.type);
    setBusy(false);
  };

  return h(
    'form',
    { onSubmit: (event: FormEvent) => void onSubmit(event) },
    h(LinkAuthenticationElement, {
      onReady: () => state.events.push({ element: 'linkAuthentication', type: 'ready', payload: { elementType: 'linkAuthentication' } }),
      onChange: (payload) => state.events.push({ element: 'linkAuthentication', type: 'change', payload: { ...payload } }),
    }),
    h(PaymentElement, { onReady: () => state.events.push({ element: 'payment', type: 'ready', payload: { elementType: 'payment' } }) }),
    h('button', { type: 'submit', disabled: !stripe || busy }, 'Save'),
    h('div', { role: 'alert' }, message),
  );
}

createRoot(document.getElementById('root')!).render(h(Elements, { stripe: loadStripe(pk), options: { clientSecret } }, h(CheckoutForm, { returnUrl })));
