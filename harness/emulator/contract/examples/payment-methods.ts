import type Stripe from 'stripe';
import { examples } from '../example.ts';

const card = { number: '4242424242424242', exp_month: 12, exp_year: new Date().getFullYear() + 2, cvc: '123' };

/** `/v1/payment_methods…` and `/v1/customers/:id/payment_methods…` calls. */
export const paymentMethodExamples = examples([
  {
    endpoint: 'POST /v1/payment_methods',
    title: 'creates a card payment method from a card number, with billing details and metadata',
    status: 200,
    call: ({ stripe }) =>
      stripe.paymentMethods.create({
        type: 'card',
        card,
        billing_details: { name: 'Jenny Rosen', email: 'jenny@example.com', address: { postal_code: '12345', country: 'US' } },
        metadata: { source: 'contract' },
      }),
  },
  {
    endpoint: 'POST /v1/payment_methods',
    title: 'creates a card payment method from a test token',
    status: 200,
    call: ({ stripe }) => stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' } }),
  },
  {
    endpoint: 'POST /v1/payment_methods',
    title: 'creates a card payment method with the publishable key, as Stripe.js does',
    status: 200,
    call: ({ browser }) => browser('POST', '/v1/payment_methods', { type: 'card', card }),
  },
  {
    endpoint: 'POST /v1/payment_methods',
    title: "clones a customer's payment method",
    status: 200,
    async call({ stripe, savedCard }) {
      const { customer, paymentMethod } = await savedCard();
      return stripe.paymentMethods.create({ customer: customer.id, payment_method: paymentMethod.id });
    },
  },
  {
    endpoint: 'POST /v1/payment_methods',
    title: 'answers 402 incorrect_number for a number that fails the Luhn check',
    status: 402,
    error: { type: 'card_error', code: 'incorrect_number' },
    call: ({ stripe }) => stripe.paymentMethods.create({ type: 'card', card: { ...card, number: '4242424242424241' } }),
  },
  {
    endpoint: 'POST /v1/payment_methods',
    title: 'answers 400 parameter_missing without a type',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_missing' },
    call: ({ stripe }) => stripe.paymentMethods.create({ card } as Stripe.PaymentMethodCreateParams),
  },
  {
    endpoint: 'GET /v1/payment_methods/:id',
    title: 'retrieves a payment method',
    status: 200,
    async call({ stripe }) {
      const pm = await stripe.paymentMethods.create({ type: 'card', card });
      return stripe.paymentMethods.retrieve(pm.id);
    },
  },
  {
    endpoint: 'GET /v1/payment_methods/:id',
    title: 'retrieves a test payment method id such as pm_card_visa',
    status: 200,
    call: ({ stripe }) => stripe.paymentMethods.retrieve('pm_card_visa'),
  },
  {
    endpoint: 'GET /v1/payment_methods/:id',
    title: 'retrieves a saved payment method with its customer expanded',
    status: 200,
    expanded: ['customer'],
    async call({ stripe, savedCard }) {
      const { paymentMethod } = await savedCard();
      return stripe.paymentMethods.retrieve(paymentMethod.id, { expand: ['customer'] });
    },
  },
  {
    endpoint: 'GET /v1/payment_methods/:id',
    title: 'answers 404 for an unknown payment method',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.paymentMethods.retrieve('pm_doesnotexist'),
  },
  {
    endpoint: 'POST /v1/payment_methods/:id',
    title: "updates a saved payment method's billing details, expiry and metadata",
    status: 200,
    async call({ stripe, savedCard }) {
      const { paymentMethod } = await savedCard();
      return stripe.paymentMethods.update(paymentMethod.id, {
        billing_details: { name: 'Jenny Rosen', phone: '+15555550100' },
        card: { exp_month: 6 },
        metadata: { nickname: 'work card' },
      });
    },
  },
  {
    endpoint: 'POST /v1/payment_methods/:id',
    title: 'refuses to update a payment method that is not saved to a customer',
    status: 400,
    error: { type: 'invalid_request_error', code: 'payment_method_unexpected_state' },
    async call({ stripe }) {
      const pm = await stripe.paymentMethods.create({ type: 'card', card });
      return stripe.paymentMethods.update(pm.id, { metadata: { a: '1' } });
    },
  },
  {
    endpoint: 'POST /v1/payment_methods/:id/attach',
    title: 'attaches a test payment method to a customer',
    status: 200,
    async call({ stripe, customer }) {
      return stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: (await customer()).id });
    },
  },
  {
    endpoint: 'POST /v1/payment_methods/:id/attach',
    title: 'answers 402 with the payment method for a card that cannot be attached',
    status: 402,
    error: { type: 'card_error', code: 'card_declined' },
    async call({ stripe, customer }) {
      return stripe.paymentMethods.attach('pm_card_visa_chargeDeclined', { customer: (await customer()).id });
    },
  },
  {
    endpoint: 'POST /v1/payment_methods/:id/attach',
    title: 'answers 400 parameter_missing without a customer',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_missing' },
    call: ({ stripe }) => stripe.paymentMethods.attach('pm_card_visa', {} as Stripe.PaymentMethodAttachParams),
  },
  {
    endpoint: 'POST /v1/payment_methods/:id/attach',
    title: 'answers 404 for an unknown customer',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.paymentMethods.attach('pm_card_visa', { customer: 'cus_doesnotexist' }),
  },
  {
    endpoint: 'POST /v1/payment_methods/:id/detach',
    title: 'detaches a saved payment method',
    status: 200,
    async call({ stripe, savedCard }) {
      return stripe.paymentMethods.detach((await savedCard()).paymentMethod.id);
    },
  },
  {
    endpoint: 'POST /v1/payment_methods/:id/detach',
    title: 'refuses to detach a payment method that is not attached',
    status: 400,
    error: { type: 'invalid_request_error', code: 'payment_method_unexpected_state' },
    async call({ stripe }) {
      return stripe.paymentMethods.detach((await stripe.paymentMethods.create({ type: 'card', card })).id);
    },
  },
  {
    endpoint: 'GET /v1/payment_methods',
    title: "lists a customer's card payment methods",
    status: 200,
    async call({ stripe, savedCard }) {
      const { customer } = await savedCard();
      await stripe.paymentMethods.attach('pm_card_mastercard', { customer: customer.id });
      return stripe.paymentMethods.list({ customer: customer.id, type: 'card', limit: 1 });
    },
  },
  {
    endpoint: 'GET /v1/payment_methods',
    title: 'lists payment methods with their customers expanded',
    status: 200,
    expanded: ['data.customer'],
    async call({ stripe, savedCard }) {
      const { customer } = await savedCard();
      return stripe.paymentMethods.list({ customer: customer.id, expand: ['data.customer'] });
    },
  },
  {
    endpoint: 'GET /v1/payment_methods',
    title: 'answers 404 for an unknown customer',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.paymentMethods.list({ customer: 'cus_doesnotexist' }),
  },
  {
    endpoint: 'GET /v1/customers/:id/payment_methods',
    title: "lists a customer's payment methods by type",
    status: 200,
    async call({ stripe, savedCard }) {
      const { customer } = await savedCard();
      return stripe.customers.listPaymentMethods(customer.id, { type: 'card' });
    },
  },
  {
    endpoint: 'GET /v1/customers/:id/payment_methods',
    title: 'answers 404 for an unknown customer',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.customers.listPaymentMethods('cus_doesnotexist'),
  },
  {
    endpoint: 'GET /v1/customers/:id/payment_methods/:pm',
    title: "retrieves one of a customer's payment methods",
    status: 200,
    async call({ stripe, savedCard }) {
      const { customer, paymentMethod } = await savedCard();
      return stripe.customers.retrievePaymentMethod(customer.id, paymentMethod.id);
    },
  },
  {
    endpoint: 'GET /v1/customers/:id/payment_methods/:pm',
    title: "answers 404 for a payment method that is not the customer's",
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    async call({ stripe, customer }) {
      const pm = await stripe.paymentMethods.create({ type: 'card', card });
      return stripe.customers.retrievePaymentMethod((await customer()).id, pm.id);
    },
  },
]);
