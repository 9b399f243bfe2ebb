import type { SetupIntentResult, StripeConstructor, StripeError, StripeLinkAuthenticationElement, StripePaymentElement } from '@stripe/stripe-js';
import type { CheckoutQuery, CheckoutState, ConfirmOutcome, RecordedElementEvent } from './checkout-state.ts';

/**
 * The bare test page's script: what Stripe's guide shows, and nothing else. Elements from the
 * SetupIntent's client secret; the Link Authentication Element plus the Payment Element (or the
 * Payment Element alone with the email prefilled); confirmSetup with a return_url.
 */

declare global {
  interface Window {
    Stripe?: StripeConstructor;
    checkout: CheckoutState;
  }
}

const query = new URLSearchParams(location.search);
const param = <K extends keyof CheckoutQuery>(name: K) => (query.get(name) ?? undefined) as CheckoutQuery[K] | undefined;
const pk = param('pk');
const clientSecret = param('secret');
const returnUrl = param('return');
if (!window.Stripe || !pk || !clientSecret || !returnUrl)
  throw new Error('checkout page: Stripe.js did not load, or pk, secret or return is missing from the query');

const state: CheckoutState = { events: [], outcomes: [] };
window.checkout = state;

/** Records an element's events for the test (Stripe's payloads, as the merchant's handler gets them). */
function record(elementName: RecordedElementEvent['element'], element: StripeLinkAuthenticationElement | StripePaymentElement): void {
  // One handler for every event type; Stripe's typings overload `on` per event.
  const on = element.on.bind(element) as (type: string, handler: (payload?: Record<string, unknown>) => void) => void;
  for (const type of ['ready', 'change', 'focus', 'blur', 'loaderror'] as const)
    on(type, (payload) => state.events.push({ element: elementName, type, payload: payload ?? {} }));
}

const stripe = window.Stripe(pk);
const elements = stripe.elements({ clientSecret });
const email = param('email');

if (param('layout') === 'payment-only') {
  const payment = elements.create('payment', email ? { defaultValues: { billingDetails: { email } } } : {});
  record('payment', payment);
  payment.mount('#payment-element');
} else {
  const linkAuthentication = elements.create('linkAuthentication', email ? { defaultValues: { email } } : {});
  record('linkAuthentication', linkAuthentication);
  linkAuthentication.mount('#link-authentication-element');
  const payment = elements.create('payment');
  record('payment', payment);
  payment.mount('#payment-element');
}

if (param('patchGlobals') === '1') {
  // What some merchant pages and their libraries do after Stripe.js loaded; Stripe.js must not care.
  window.fetch = () => Promise.reject(new TypeError('fetch was replaced by the merchant page'));
  JSON.stringify = () => {
    throw new TypeError('JSON.stringify was replaced by the merchant page');
  };
  window.postMessage = () => undefined;
}

const form = document.querySelector<HTMLFormElement>('#payment-form')!;
const submitButton = document.querySelector<HTMLButtonElement>('#submit')!;
const errorMessage = document.querySelector<HTMLElement>('#error-message')!;
const result = document.querySelector<HTMLElement>('#result')!;

function show(outcome: ConfirmOutcome): void {
  state.outcomes.push(outcome);
  errorMessage.textContent = outcome.error?.message ?? '';
  errorMessage.dataset.code = outcome.error?.code ?? '';
  errorMessage.dataset.type = outcome.error?.type ?? '';
  errorMessage.dataset.declineCode = outcome.error?.decline_code ?? '';
  result.textContent = outcome.setupIntent ? `SetupIntent ${outcome.setupIntent.status}` : '';
}

const outcomeOf = (answer: SetupIntentResult | { error: StripeError }): ConfirmOutcome => {
  const error = answer.error
    ? {
        type: answer.error.type,
        ...(answer.error.code ? { code: answer.error.code } : {}),
        ...(answer.error.decline_code ? { decline_code: answer.error.decline_code } : {}),
        ...(answer.error.message ? { message: answer.error.message } : {}),
      }
    : null;
  const setupIntent =
    'setupIntent' in answer && answer.setupIntent
      ? { id: answer.setupIntent.id, status: answer.setupIntent.status, payment_method: answer.setupIntent.payment_method }
      : null;
  return { error, setupIntent };
};

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submitButton.disabled = true;
  const confirmParams = { return_url: returnUrl };
  const confirming =
    param('redirect') === 'if_required'
      ? stripe.confirmSetup({ elements, confirmParams, redirect: 'if_required' })
      : stripe.confirmSetup({ elements, confirmParams });
  void confirming
    .then(
      (answer) => show(outcomeOf(answer)),
      (thrown: unknown) => show({ error: { type: 'thrown', message: String(thrown) }, setupIntent: null }),
    )
    .finally(() => {
      submitButton.disabled = false;
    });
});
