import type Stripe from 'stripe';
import { examples } from '../example.ts';

const address = { line1: '1 Main St', city: 'Springfield', postal_code: '12345', country: 'US', state: 'IL' };

/** `/v1/customers…` calls, successes and the errors an integration meets. */
export const customerExamples = examples([
  {
    endpoint: 'POST /v1/customers',
    title: 'creates a customer with no parameters',
    status: 200,
    call: ({ stripe }) => stripe.customers.create(),
  },
  {
    endpoint: 'POST /v1/customers',
    title: 'creates a customer with email, name, address, shipping, metadata and a payment method',
    status: 200,
    call: ({ stripe }) =>
      stripe.customers.create({
        email: 'jenny@example.com',
        name: 'Jenny Rosen',
        phone: '+15555550100',
        description: 'signed up in the contract test',
        address,
        shipping: { name: 'Jenny Rosen', address },
        metadata: { plan: 'pro' },
        preferred_locales: ['en'],
        payment_method: 'pm_card_visa',
      }),
  },
  {
    endpoint: 'POST /v1/customers',
    title: 'refuses an unknown parameter',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_unknown' },
    call: ({ stripe }) => stripe.customers.create({ favourite_colour: 'green' } as Stripe.CustomerCreateParams),
  },
  {
    endpoint: 'POST /v1/customers',
    title: 'refuses an Idempotency-Key reused with other parameters',
    status: 400,
    error: { type: 'idempotency_error' },
    async call({ stripe }) {
      await stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: 'contract-signup' });
      return stripe.customers.create({ email: 'b@example.com' }, { idempotencyKey: 'contract-signup' });
    },
  },
  {
    endpoint: 'POST /v1/customers',
    title: 'refuses a publishable key',
    status: 401,
    error: { type: 'invalid_request_error', code: 'secret_key_required' },
    call: ({ browser }) => browser('POST', '/v1/customers', { email: 'a@example.com' }),
  },
  {
    endpoint: 'POST /v1/customers',
    title: 'refuses a live-mode key',
    status: 401,
    error: { type: 'invalid_request_error' },
    call: ({ withKey }) => withKey('sk_live_contract').customers.create(),
  },
  {
    endpoint: 'POST /v1/customers',
    title: 'answers 402 when the payment method to attach is declined',
    status: 402,
    error: { type: 'card_error', code: 'card_declined' },
    call: ({ stripe }) => stripe.customers.create({ payment_method: 'pm_card_visa_chargeDeclined' }),
  },
  {
    endpoint: 'GET /v1/customers/:id',
    title: 'retrieves a customer',
    status: 200,
    async call({ stripe, customer }) {
      return stripe.customers.retrieve((await customer({ email: 'jenny@example.com', metadata: { a: '1' } })).id);
    },
  },
  {
    endpoint: 'GET /v1/customers/:id',
    title: 'retrieves a customer with its default payment method expanded',
    status: 200,
    expanded: ['invoice_settings.default_payment_method'],
    async call({ stripe, savedCard }) {
      const { customer, paymentMethod } = await savedCard();
      await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: paymentMethod.id } });
      return stripe.customers.retrieve(customer.id, { expand: ['invoice_settings.default_payment_method'] });
    },
  },
  {
    endpoint: 'GET /v1/customers/:id',
    title: 'retrieves a deleted customer as a deleted_customer',
    status: 200,
    async call({ stripe, customer }) {
      const { id } = await customer();
      await stripe.customers.del(id);
      return stripe.customers.retrieve(id);
    },
  },
  {
    endpoint: 'GET /v1/customers/:id',
    title: 'answers 404 for an unknown customer',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.customers.retrieve('cus_doesnotexist'),
  },
  {
    endpoint: 'POST /v1/customers/:id',
    title: 'updates email, metadata, address and the default payment method',
    status: 200,
    async call({ stripe, savedCard }) {
      const { customer, paymentMethod } = await savedCard();
      return stripe.customers.update(customer.id, {
        email: 'new@example.com',
        metadata: { plan: 'team' },
        address,
        invoice_settings: { default_payment_method: paymentMethod.id },
      });
    },
  },
  {
    endpoint: 'POST /v1/customers/:id',
    title: 'refuses a badly typed parameter',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_invalid_integer' },
    async call({ stripe, customer }) {
      return stripe.customers.update((await customer()).id, { balance: 'lots' as unknown as number });
    },
  },
  {
    endpoint: 'POST /v1/customers/:id',
    title: 'answers 404 for an unknown customer',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.customers.update('cus_doesnotexist', { email: 'a@example.com' }),
  },
  {
    endpoint: 'DELETE /v1/customers/:id',
    title: 'deletes a customer',
    status: 200,
    async call({ stripe, customer }) {
      return stripe.customers.del((await customer()).id);
    },
  },
  {
    endpoint: 'DELETE /v1/customers/:id',
    title: 'answers 404 for an unknown customer',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.customers.del('cus_doesnotexist'),
  },
  {
    endpoint: 'GET /v1/customers',
    title: 'lists customers by email, one page at a time',
    status: 200,
    async call({ stripe, customer }) {
      for (let i = 0; i < 3; i++) await customer({ email: 'same@example.com' });
      return stripe.customers.list({ email: 'same@example.com', limit: 2 });
    },
  },
  {
    endpoint: 'GET /v1/customers',
    title: "lists customers with each one's default payment method expanded",
    status: 200,
    expanded: ['data.invoice_settings.default_payment_method'],
    async call({ stripe, savedCard }) {
      const { customer, paymentMethod } = await savedCard();
      await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: paymentMethod.id } });
      return stripe.customers.list({ expand: ['data.invoice_settings.default_payment_method'] });
    },
  },
  {
    endpoint: 'GET /v1/customers',
    title: 'refuses a limit out of range',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_invalid_integer' },
    call: ({ stripe }) => stripe.customers.list({ limit: 0 }),
  },
  {
    endpoint: 'GET /v1/customers',
    title: 'answers 404 for a starting_after that names no customer',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.customers.list({ starting_after: 'cus_doesnotexist' }),
  },
]);
