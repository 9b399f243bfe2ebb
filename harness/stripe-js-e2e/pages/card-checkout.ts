import type {
  PaymentMethod,
  PaymentMethodResult,
  StripeCardCvcElement,
  StripeCardElement,
  StripeCardExpiryElement,
  StripeCardNumberElement,
  StripeConstructor,
  StripeError,
  Token,
} from '@stripe/stripe-js';
import type { CardCall, CardCallResult, CardCheckoutQuery, CardCheckoutState, CardElementName } from './card-checkout-state.ts';

/**
 * The card element test pages' script, as Stripe's card guides write it: the `card` element (or
 * `cardNumber`, `cardExpiry` and `cardCvc` when the page has their containers), the element's
 * `change` error shown under it, and the card methods on buttons (`confirmCardPayment` for a
 * PaymentIntent's client secret, `confirmCardSetup` for a SetupIntent's).
 */

declare global {
  interface Window {
    Stripe?: StripeConstructor;
    cardCheckout: CardCheckoutState;
    /** The element the card methods take (`card`, or `cardNumber`), for tests to call its methods. */
    cardElement: StripeCardElement | StripeCardNumberElement;
  }
}

const query = new URLSearchParams(location.search);
const param = <K extends keyof CardCheckoutQuery>(name: K) => (query.get(name) ?? undefined) as CardCheckoutQuery[K] | undefined;
const pk = param('pk');
const clientSecret = param('secret');
if (!window.Stripe || !pk || !clientSecret) throw new Error('card page: Stripe.js did not load, or pk or secret is missing from the query');
const options = JSON.parse(param('options') ?? '{}') as Record<string, unknown>;

const state: CardCheckoutState = { events: [], results: [], pageMessages: [] };
window.cardCheckout = state;
window.addEventListener('message', (event) => state.pageMessages.push(JSON.stringify(event.data)));

const errors = document.querySelector<HTMLElement>('#card-errors')!;
const result = document.querySelector<HTMLElement>('#result')!;

/** Records an element's events; a `change` error is shown under the card, as Stripe's guides do. */
function record(name: CardElementName, element: StripeCardElement | StripeCardNumberElement | StripeCardExpiryElement | StripeCardCvcElement): void {
  const on = element.on.bind(element) as (type: string, handler: (payload?: Record<string, unknown>) => void) => void;
  for (const type of ['ready', 'change', 'focus', 'blur'] as const)
    on(type, (payload) => {
      state.events.push({ element: name, type, payload: payload ?? {} });
      if (type === 'change') {
        const error = payload?.error as { message?: string; code?: string } | undefined;
        errors.textContent = error?.message ?? '';
        errors.dataset.code = error?.code ?? '';
      }
    });
}

const stripe = window.Stripe(pk);
const elements = stripe.elements();
let holder: StripeCardElement | StripeCardNumberElement;
if (document.querySelector('#card-number-element')) {
  const cardNumber = elements.create('cardNumber', options);
  const cardExpiry = elements.create('cardExpiry');
  const cardCvc = elements.create('cardCvc');
  record('cardNumber', cardNumber);
  record('cardExpiry', cardExpiry);
  record('cardCvc', cardCvc);
  cardNumber.mount('#card-number-element');
  cardExpiry.mount('#card-expiry-element');
  cardCvc.mount('#card-cvc-element');
  holder = cardNumber;
} else {
  const card = elements.create('card', options);
  record('card', card);
  card.mount('#card-element');
  holder = card;
}

window.cardElement = holder;

const billingDetails = { name: 'Jenny Rosen' };

const cardOf = (card: { brand?: string; last4?: string } | null | undefined) => (card ? { brand: card.brand, last4: card.last4 } : undefined);

function settle(
  call: CardCall,
  answer: Promise<{
    error?: StripeError;
    setupIntent?: { id: string; status: string; payment_method: unknown };
    paymentIntent?: { id: string; status: string; payment_method: unknown };
    paymentMethod?: PaymentMethod;
    token?: Token;
  }>,
): void {
  void answer.then(
    (a) => {
      const outcome: CardCallResult = {
        call,
        error: a.error
          ? {
              type: a.error.type,
              ...(a.error.code ? { code: a.error.code } : {}),
              ...(a.error.decline_code ? { decline_code: a.error.decline_code } : {}),
              ...(a.error.message ? { message: a.error.message } : {}),
            }
          : null,
        ...(a.setupIntent ? { setupIntent: { id: a.setupIntent.id, status: a.setupIntent.status, payment_method: a.setupIntent.payment_method } } : {}),
        ...(a.paymentIntent
          ? { paymentIntent: { id: a.paymentIntent.id, status: a.paymentIntent.status, payment_method: a.paymentIntent.payment_method } }
          : {}),
        ...(a.paymentMethod
          ? {
              paymentMethod: {
                id: a.paymentMethod.id,
                type: a.paymentMethod.type,
                card: cardOf(a.paymentMethod.card),
                billing_details: a.paymentMethod.billing_details,
              },
            }
          : {}),
        ...(a.token
          ? { token: { id: a.token.id, card: { ...cardOf(a.token.card), address_zip: a.token.card?.address_zip ?? null, name: a.token.card?.name ?? null } } }
          : {}),
      };
      state.results.push(outcome);
      result.textContent = outcome.error ? '' : a.setupIntent ? `SetupIntent ${a.setupIntent.status}` : (a.paymentMethod?.id ?? a.token?.id ?? '');
      if (outcome.error && call !== 'confirmCardSetup' && call !== 'confirmCardPayment') errors.textContent = outcome.error.message ?? '';
    },
    (thrown: unknown) => state.results.push({ call, error: { type: 'thrown', message: String(thrown) } }),
  );
}

document.querySelector<HTMLFormElement>('#card-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = { payment_method: { card: holder, billing_details: billingDetails } };
  // A PaymentIntent's client secret (pi_…) is paid now; a SetupIntent's saves the card.
  if (clientSecret.startsWith('pi_')) settle('confirmCardPayment', stripe.confirmCardPayment(clientSecret, data));
  else settle('confirmCardSetup', stripe.confirmCardSetup(clientSecret, data));
});
document
  .querySelector('#create-payment-method')!
  .addEventListener('click', () => settle('createPaymentMethod', stripe.createPaymentMethod({ type: 'card', card: holder, billing_details: billingDetails })));
document.querySelector('#create-payment-method-legacy')!.addEventListener('click', () =>
  // The older form Stripe.js still takes; @stripe/stripe-js no longer types it.
  settle(
    'createPaymentMethod(type, element)',
    (stripe.createPaymentMethod as unknown as (type: string, element: unknown, data: unknown) => Promise<PaymentMethodResult>)('card', holder, {
      billing_details: billingDetails,
    }),
  ),
);
document.querySelector('#create-token')!.addEventListener('click', () => settle('createToken', stripe.createToken(holder, { name: 'Jenny Rosen' })));
