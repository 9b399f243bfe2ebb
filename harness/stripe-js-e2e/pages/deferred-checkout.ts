import type { StripeConstructor, StripeElements, StripeElementsOptionsMode, StripeError } from '@stripe/stripe-js';
import type { DeferredCheckoutQuery, DeferredCheckoutState, DeferredOutcome } from './deferred-checkout-state.ts';

/**
 * A checkout that creates its intent only after the shopper presses Save (Stripe's "collect
 * payment details before creating an Intent"): `stripe.elements({mode, currency, …})`, the Payment
 * Element, `elements.submit()`, then one of
 * - `confirm`: the server creates the intent, the page confirms it with `clientSecret` and
 *   `confirmParams` (billing details, metadata, expand; shipping for a payment);
 * - `token`: `stripe.createConfirmationToken`, the server creates the intent with
 *   `confirm: true, confirmation_token`, and the page handles any next action;
 * - `payment-method`: `stripe.createPaymentMethod({elements})`, saved by the server;
 * - `next-action`: the server confirms a 3DS PaymentIntent with a `return_url` and the page
 *   hands the shopper to `stripe.handleNextAction`.
 */

declare global {
  interface Window {
    Stripe?: StripeConstructor;
    deferred: DeferredCheckoutState;
    /** The Elements group, for a test that calls `elements.update()` as a page would on a cart change. */
    deferredElements: StripeElements;
  }
}

const query = new URLSearchParams(location.search);
const param = <K extends keyof DeferredCheckoutQuery>(name: K) => (query.get(name) ?? undefined) as DeferredCheckoutQuery[K] | undefined;
const pk = param('pk');
const returnUrl = param('return');
if (!window.Stripe || !pk || !returnUrl) throw new Error('deferred checkout page: Stripe.js did not load, or pk or return is missing from the query');
const mode = param('mode') ?? 'setup';
const email = param('email');

const state: DeferredCheckoutState = { ready: false, outcomes: [] };
window.deferred = state;

const stripe = window.Stripe(pk);
const options = {
  mode,
  currency: 'usd',
  ...(mode === 'setup' ? {} : { amount: 1999 }),
  ...(param('types') ? { paymentMethodTypes: param('types')!.split(',') } : {}),
  ...(param('sfu') ? { setupFutureUsage: param('sfu') } : {}),
  ...(param('manual') ? { paymentMethodCreation: 'manual' } : {}),
} as StripeElementsOptionsMode;
const elements = stripe.elements(options);
window.deferredElements = elements;
const payment = elements.create('payment', email ? { defaultValues: { billingDetails: { email } } } : {});
payment.on('ready', () => {
  state.ready = true;
});
payment.mount('#payment-element');
if (param('address') === 'shipping') {
  const defaultValues = { name: 'Jo Shipper', address: { line1: '9 Dock Rd', city: 'Portland', state: 'OR', postal_code: '97201', country: 'US' } };
  elements.create('address', { mode: 'shipping', defaultValues }).mount('#address-element');
}

/** The merchant's server: JSON in, JSON out. */
async function server<T>(path: string, body: Record<string, unknown>): Promise<T> {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pk, email, ...body }) });
  const answer = (await res.json()) as T & { error?: { message: string } };
  if (!res.ok) throw new Error(`the shop's server answered ${res.status}: ${answer.error?.message ?? ''}`);
  return answer;
}

const billing = { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'Austin' } };
const errorOf = (e: StripeError | undefined) =>
  e ? { type: e.type, ...(e.code ? { code: e.code } : {}), ...(e.message ? { message: e.message } : {}) } : null;
const empty: DeferredOutcome = { thrown: null, error: null, intentId: null, status: null, confirmationToken: null, paymentMethod: null };

async function confirmFlow(): Promise<DeferredOutcome> {
  const kind = param('confirmAs') ?? (param('updateToPayment') || mode !== 'setup' ? 'payment' : 'setup');
  const { id, clientSecret } = await server<{ id: string; clientSecret: string }>('/api/deferred/intent', { kind });
  const redirect = param('redirect') === 'if_required' ? ('if_required' as const) : ('always' as const);
  if (kind === 'setup') {
    const confirmParams = { return_url: returnUrl!, expand: ['payment_method'], payment_method_data: { billing_details: billing, metadata: { order: '42' } } };
    const answer = await stripe.confirmSetup({ elements, clientSecret, confirmParams, redirect: redirect as 'if_required' });
    return { ...empty, intentId: id, error: errorOf(answer.error), status: answer.setupIntent?.status ?? null };
  }
  const confirmParams = {
    return_url: returnUrl!,
    payment_method_data: { billing_details: billing },
    shipping: { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'Austin', country: 'US', postal_code: '78701' } },
    receipt_email: 'receipts@example.com',
  };
  const answer = await stripe.confirmPayment({ elements, clientSecret, confirmParams, redirect: redirect as 'if_required' });
  return { ...empty, intentId: id, error: errorOf(answer.error), status: answer.paymentIntent?.status ?? null };
}

async function tokenFlow(): Promise<DeferredOutcome> {
  const { error, confirmationToken } = await stripe.createConfirmationToken({
    elements,
    params: { return_url: returnUrl!, payment_method_data: { billing_details: billing } },
  });
  if (error || !confirmationToken) return { ...empty, error: errorOf(error) };
  const saved = await server<{ id: string; status: string; clientSecret: string }>('/api/deferred/confirm-with-token', {
    kind: mode === 'setup' ? 'setup' : 'payment',
    confirmationToken: confirmationToken.id,
  });
  const outcome = { ...empty, confirmationToken: confirmationToken.id, intentId: saved.id, status: saved.status };
  if (saved.status !== 'requires_action') return outcome;
  const handled = await stripe.handleNextAction({ clientSecret: saved.clientSecret });
  const intent = 'setupIntent' in handled ? handled.setupIntent : 'paymentIntent' in handled ? handled.paymentIntent : undefined;
  return { ...outcome, error: errorOf(handled.error), status: intent?.status ?? null };
}

async function paymentMethodFlow(): Promise<DeferredOutcome> {
  const { error, paymentMethod } = await stripe.createPaymentMethod({ elements, params: { billing_details: { name: 'Jenny Rosen' } } });
  if (error || !paymentMethod) return { ...empty, error: errorOf(error) };
  const saved = await server<{ id: string; status: string }>('/api/deferred/save-payment-method', { paymentMethod: paymentMethod.id });
  return { ...empty, paymentMethod: paymentMethod.id, intentId: saved.id, status: saved.status };
}

async function nextActionFlow(): Promise<DeferredOutcome> {
  const { id, clientSecret } = await server<{ id: string; clientSecret: string }>('/api/deferred/authenticate-later', { returnUrl });
  const handled = await stripe.handleNextAction({ clientSecret });
  return { ...empty, intentId: id, error: errorOf(handled.error) };
}

async function save(): Promise<DeferredOutcome> {
  if (param('updateToPayment')) await elements.update({ mode: 'payment', amount: 2500, currency: 'usd' });
  const flow = param('flow') ?? 'confirm';
  if (flow === 'next-action') return nextActionFlow();
  if (!param('skipSubmit')) {
    const { error } = await elements.submit();
    if (error) return { ...empty, error: errorOf(error) };
  }
  if (flow === 'token') return tokenFlow();
  if (flow === 'payment-method') return paymentMethodFlow();
  return confirmFlow();
}

const form = document.querySelector<HTMLFormElement>('#payment-form')!;
const submitButton = document.querySelector<HTMLButtonElement>('#submit')!;
const errorMessage = document.querySelector<HTMLElement>('#error-message')!;
const result = document.querySelector<HTMLElement>('#result')!;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submitButton.disabled = true;
  void save()
    .catch((thrown: unknown): DeferredOutcome => ({
      ...empty,
      thrown: { name: thrown instanceof Error ? thrown.name : 'unknown', message: String(thrown instanceof Error ? thrown.message : thrown) },
    }))
    .then((outcome) => {
      state.outcomes.push(outcome);
      errorMessage.textContent = outcome.thrown?.message ?? outcome.error?.message ?? '';
      result.textContent = outcome.status ? `${outcome.intentId} ${outcome.status}` : '';
    })
    .finally(() => {
      submitButton.disabled = false;
    });
});
