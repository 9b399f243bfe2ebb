import { examples } from '../example.ts';

/** `GET /v1/customers/search` with Stripe's search query language. */
export const customerSearchExamples = examples([
  {
    endpoint: 'GET /v1/customers/search',
    title: 'searches customers by email and metadata, with their default payment methods expanded',
    status: 200,
    expanded: ['data.invoice_settings.default_payment_method'],
    async call({ stripe, savedCard }) {
      const { customer, paymentMethod } = await savedCard();
      await stripe.customers.update(customer.id, { metadata: { plan: 'pro' }, invoice_settings: { default_payment_method: paymentMethod.id } });
      return stripe.customers.search({
        query: `email:'${customer.email!}' AND metadata['plan']:'pro'`,
        expand: ['data.invoice_settings.default_payment_method'],
      });
    },
  },
  {
    endpoint: 'GET /v1/customers/search',
    title: 'pages a search with next_page',
    status: 200,
    async call({ stripe, customer }) {
      for (let i = 0; i < 3; i++) await customer({ email: `page${i}@example.com` });
      const first = await stripe.customers.search({ query: "email~'example.com'", limit: 2 });
      return stripe.customers.search({ query: "email~'example.com'", limit: 2, page: first.next_page! });
    },
  },
  {
    endpoint: 'GET /v1/customers/search',
    title: 'refuses a query that mixes AND and OR',
    status: 400,
    error: { type: 'invalid_request_error' },
    call: ({ stripe }) => stripe.customers.search({ query: "email:'a@example.com' AND name:'A' OR name:'B'" }),
  },
]);
