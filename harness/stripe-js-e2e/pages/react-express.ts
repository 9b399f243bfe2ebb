import { AddressElement, Elements, ExpressCheckoutElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe, type StripeExpressCheckoutElementConfirmEvent } from '@stripe/stripe-js';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ElementsPageState } from './elements-page-state.ts';

/**
 * A React checkout as Stripe's Express Checkout guide builds it: `<AddressElement mode="billing">`
 * and `<ExpressCheckoutElement>`, no Payment Element. The shopper pays with Link from the express
 * button; the `confirm` handler runs `elements.submit()` and `stripe.confirmSetup({elements})`.
 */

declare global {
  interface Window {
    reactPage: ElementsPageState;
  }
}

const query = new URLSearchParams(location.search);
const pk = query.get('pk');
const clientSecret = query.get('secret');
const returnUrl = query.get('return');
if (!pk || !clientSecret || !returnUrl) throw new Error('react express page: pk, secret or return is missing from the query');

const state: ElementsPageState = { events: [], outcomes: [], updateEnds: 0 };
window.reactPage = state;

function ExpressForm({ returnUrl }: { returnUrl: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [message, setMessage] = useState('');

  const onConfirm = async (event: StripeExpressCheckoutElementConfirmEvent) => {
    state.events.push({
      element: 'expressCheckout',
      type: 'confirm',
      payload: { expressPaymentType: event.expressPaymentType, billingDetails: event.billingDetails },
    });
    if (!stripe || !elements) return;
    const submitted = await elements.submit();
    if (submitted.error) return setMessage(submitted.error.message ?? submitted.error.type);
    const { error } = await stripe.confirmSetup({ elements, confirmParams: { return_url: returnUrl } });
    state.outcomes.push({ error: { type: error.type, ...(error.code ? { code: error.code } : {}) }, intent: null });
    event.paymentFailed({ reason: 'fail' });
    setMessage(error.message ?? error.type);
  };

  return h(
    'div',
    {},
    h(AddressElement, {
      options: { mode: 'billing', defaultValues: { name: 'Jenny Rosen', address: { country: 'US' } } },
      onReady: () => state.events.push({ element: 'address', type: 'ready', payload: {} }),
      onChange: (event) => state.events.push({ element: 'address', type: 'change', payload: { complete: event.complete, value: event.value } }),
    }),
    h(ExpressCheckoutElement, {
      options: { buttonHeight: 48 },
      onReady: (event) => state.events.push({ element: 'expressCheckout', type: 'ready', payload: { availablePaymentMethods: event.availablePaymentMethods } }),
      onClick: (event) => {
        state.events.push({ element: 'expressCheckout', type: 'click', payload: { expressPaymentType: event.expressPaymentType } });
        event.resolve();
      },
      onConfirm: (event) => void onConfirm(event),
    }),
    h('div', { role: 'alert' }, message),
  );
}

createRoot(document.getElementById('root')!).render(h(Elements, { stripe: loadStripe(pk), options: { clientSecret } }, h(ExpressForm, { returnUrl })));
