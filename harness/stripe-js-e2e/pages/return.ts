import type { StripeConstructor } from '@stripe/stripe-js';

/**
 * The return page: lists the query it was given (what Stripe appended and the merchant's own
 * parameters) and shows the SetupIntent's status as `stripe.retrieveSetupIntent` reads it.
 */

declare global {
  interface Window {
    Stripe?: StripeConstructor;
  }
}

const query = new URLSearchParams(location.search);
const list = document.querySelector<HTMLElement>('#query')!;
for (const [name, value] of query) {
  const term = document.createElement('dt');
  term.textContent = name;
  const definition = document.createElement('dd');
  definition.textContent = value;
  definition.dataset.param = name;
  list.append(term, definition);
}

const status = document.querySelector<HTMLElement>('[data-testid="setup-intent-status"]')!;
const pk = query.get('pk');
const clientSecret = query.get('setup_intent_client_secret');
if (window.Stripe && pk && clientSecret) {
  void window
    .Stripe(pk)
    .retrieveSetupIntent(clientSecret)
    .then(({ setupIntent, error }) => {
      status.textContent = setupIntent?.status ?? `error: ${error?.code ?? error?.type ?? 'unknown'}`;
    });
} else status.textContent = 'no setup_intent_client_secret';
