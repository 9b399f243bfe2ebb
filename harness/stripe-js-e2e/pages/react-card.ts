import { CardElement, Elements, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe } from '@stripe/stripe-js';
import { createElement as h, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import type { CardCheckoutState } from './card-checkout-state.ts';

/**
 * Stripe's React card sample: `<CardElement>` of @stripe/react-stripe-js in `<Elements>` without
 * an intent, and `stripe.confirmCardSetup` with `elements.getElement(CardElement)`. Plain
 * `createElement`, so no JSX build step is needed.
 */

declare global {
  interface Window {
    cardCheckout: CardCheckoutState;
  }
}

const query = new URLSearchParams(location.search);
const pk = query.get('pk');
const clientSecret = query.get('secret');
if (!pk || !clientSecret) throw new Error('react card page: pk or secret is missing from the query');

const state: CardCheckoutState = { events: [], results: [], pageMessages: [] };
window.cardCheckout = state;

function CardForm({ clientSecret }: { clientSecret: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [message, setMessage] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const card = elements?.getElement(CardElement);
    if (!stripe || !card) return;
    const { error, setupIntent } = await stripe.confirmCardSetup(clientSecret, { payment_method: { card, billing_details: { name: 'Jenny Rosen' } } });
    state.results.push({
      call: 'confirmCardSetup',
      error: error ? { type: error.type, ...(error.code ? { code: error.code } : {}) } : null,
      ...(setupIntent ? { setupIntent: { id: setupIntent.id, status: setupIntent.status, payment_method: setupIntent.payment_method } } : {}),
    });
    setMessage(error?.message ?? `SetupIntent ${setupIntent?.status ?? ''}`);
  };

  return h(
    'form',
    { onSubmit: (event: FormEvent) => void onSubmit(event) },
    h(CardElement, {
      options: { style: { base: { fontSize: '16px' } } },
      onReady: () => state.events.push({ element: 'card', type: 'ready', payload: { elementType: 'card' } }),
      onChange: (payload) => {
        state.events.push({ element: 'card', type: 'change', payload: { ...payload } });
        setMessage(payload.error?.message ?? '');
      },
    }),
    h('button', { type: 'submit', disabled: !stripe }, 'Save card'),
    h('div', { role: 'alert' }, message),
  );
}

createRoot(document.getElementById('root')!).render(h(Elements, { stripe: loadStripe(pk) }, h(CardForm, { clientSecret })));
