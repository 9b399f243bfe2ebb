import { examples } from '../example.ts';

const card = { number: '4242424242424242', exp_month: 12, exp_year: new Date().getFullYear() + 2, cvc: '123' };
/** stripe-node 23 types token card expiries as strings; the form carries them the same either way. */
const cardForNode = { ...card, exp_month: String(card.exp_month), exp_year: String(card.exp_year) };

/** `/v1/tokens…`: the card tokens of Stripe.js `createToken`. */
export const tokenExamples = examples([
  {
    endpoint: 'POST /v1/tokens',
    title: 'creates a card token with the publishable key, as Stripe.js createToken does',
    status: 200,
    call: (ctx) => ctx.browser('POST', '/v1/tokens', { card: { ...card, name: 'Jenny Rosen', address_zip: '12345', address_country: 'US' } }),
  },
  {
    endpoint: 'POST /v1/tokens',
    title: 'creates a card token server-side',
    status: 200,
    call: (ctx) => ctx.stripe.tokens.create({ card: cardForNode }),
  },
  {
    endpoint: 'POST /v1/tokens',
    title: 'answers 402 incorrect_number for a number that fails the Luhn check',
    status: 402,
    error: { type: 'card_error', code: 'incorrect_number' },
    call: (ctx) => ctx.browser('POST', '/v1/tokens', { card: { ...card, number: '4242424242424241' } }),
  },
  {
    endpoint: 'POST /v1/tokens',
    title: 'answers 400 parameter_missing without a card',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_missing' },
    call: (ctx) => ctx.browser('POST', '/v1/tokens', {}),
  },
  {
    endpoint: 'GET /v1/tokens/:token',
    title: 'retrieves a card token',
    status: 200,
    async call(ctx) {
      return ctx.stripe.tokens.retrieve((await ctx.stripe.tokens.create({ card: cardForNode })).id);
    },
  },
  {
    endpoint: 'GET /v1/tokens/:token',
    title: 'answers 404 for an unknown token',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: (ctx) => ctx.stripe.tokens.retrieve('tok_doesnotexist'),
  },
]);
