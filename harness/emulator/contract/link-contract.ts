import type { ContractExample, ExampleContext } from './example.ts';
import type { EndpointKey } from './routes.ts';

/**
 * Test-only: the contract of the Link consumer endpoints, for the contract test. Stripe's spec
 * does not document `/v1/consumers/…`, so these schemas pin the shapes the emulated Stripe.js
 * relies on; the examples call each endpoint as Stripe.js does (publishable key in the body).
 * Register them with `...linkResponseSchemas` in `contract/internal-schemas.ts` and
 * `...linkContractExamples` in `contract/examples/index.ts`.
 */

const nullableString = { type: ['string', 'null'] };

const consumerSession = {
  type: 'object',
  required: [
    'client_secret',
    'email_address',
    'redacted_phone_number',
    'redacted_formatted_phone_number',
    'verification_sessions',
    'support_payment_details_types',
  ],
  properties: {
    client_secret: { type: 'string', minLength: 1 },
    email_address: { type: 'string' },
    redacted_phone_number: nullableString,
    redacted_formatted_phone_number: nullableString,
    verification_sessions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'state'],
        properties: { type: { enum: ['SMS', 'EMAIL', 'SIGNUP', 'PERSISTENT_TOKEN'] }, state: { enum: ['STARTED', 'VERIFIED', 'EXPIRED', 'FAILED'] } },
      },
    },
    support_payment_details_types: { type: 'array', items: { type: 'string' } },
  },
};

const sessionAnswer = {
  type: 'object',
  required: ['object', 'consumer_session'],
  properties: { object: { const: 'consumer_session_response' }, consumer_session: consumerSession },
};

const paymentDetailsCommon = {
  id: { type: 'string', pattern: '^csmrpd_' },
  is_default: { type: 'boolean' },
  label: { type: 'string' },
  billing_email_address: { type: 'string' },
};

const cardDetails = {
  type: 'object',
  required: ['id', 'type', 'is_default', 'label', 'billing_email_address', 'card_details'],
  properties: {
    ...paymentDetailsCommon,
    type: { const: 'CARD' },
    card_details: {
      type: 'object',
      required: ['brand', 'last4', 'exp_month', 'exp_year', 'funding'],
      properties: {
        brand: { type: 'string' },
        last4: { type: 'string', pattern: '^\\d{4}$' },
        exp_month: { type: 'integer' },
        exp_year: { type: 'integer' },
        funding: { type: 'string' },
      },
    },
  },
};

const bankAccountDetails = {
  type: 'object',
  required: ['id', 'type', 'is_default', 'label', 'billing_email_address', 'bank_account_details'],
  properties: {
    ...paymentDetailsCommon,
    type: { const: 'BANK_ACCOUNT' },
    bank_account_details: {
      type: 'object',
      required: ['bank_name', 'bank_icon_code', 'last4'],
      properties: { bank_name: { type: 'string' }, bank_icon_code: nullableString, last4: { type: 'string', pattern: '^\\d{4}$' } },
    },
  },
};

/** Response schemas of the Link consumer endpoints (2xx; errors are held to the spec's `error`). */
export const linkResponseSchemas: Partial<Record<EndpointKey, Record<string, unknown>>> = {
  'POST /v1/consumers/sessions/lookup': {
    type: 'object',
    required: ['object', 'exists', 'locked', 'consumer_session', 'error_message'],
    properties: {
      object: { const: 'consumer_session_lookup' },
      exists: { type: 'boolean' },
      locked: { type: 'boolean' },
      consumer_session: { anyOf: [consumerSession, { type: 'null' }] },
      error_message: nullableString,
    },
  },
  'POST /v1/consumers/sessions/start_verification': sessionAnswer,
  'POST /v1/consumers/sessions/confirm_verification': sessionAnswer,
  'POST /v1/consumers/sessions/log_out': sessionAnswer,
  'POST /v1/consumers/accounts/sign_up': sessionAnswer,
  'POST /v1/consumers/payment_details/list': {
    type: 'object',
    required: ['object', 'redacted_payment_details'],
    properties: {
      object: { const: 'consumer_payment_details_list' },
      redacted_payment_details: { type: 'array', items: { oneOf: [cardDetails, bankAccountDetails] } },
    },
  },
};

type Browser = ExampleContext['browser'];

/** A Link shopper who has a code sent: the session's client secret. */
async function codeSent(browser: Browser, email: string): Promise<string> {
  await browser('POST', '/v1/consumers/accounts/sign_up', { email_address: email });
  const found = await browser('POST', '/v1/consumers/sessions/lookup', { email_address: email });
  const secret: string = found.body.consumer_session.client_secret;
  await browser('POST', '/v1/consumers/sessions/start_verification', { credentials: { consumer_session_client_secret: secret }, type: 'SMS' });
  return secret;
}

const credentials = (secret: string) => ({ credentials: { consumer_session_client_secret: secret } });
const invalid = (code: string) => ({ type: 'invalid_request_error', code });

/** Calls of the Link consumer endpoints, successes and their documented errors. */
export const linkContractExamples: ContractExample[] = [
  {
    endpoint: 'POST /v1/consumers/sessions/lookup',
    title: 'looks up an unknown email',
    status: 200,
    call: ({ browser }) => browser('POST', '/v1/consumers/sessions/lookup', { email_address: 'nobody@example.com' }),
  },
  {
    endpoint: 'POST /v1/consumers/sessions/lookup',
    title: 'looks up a +multiple_funding_sources@ shopper',
    status: 200,
    call: ({ browser }) => browser('POST', '/v1/consumers/sessions/lookup', { email_address: 'c+multiple_funding_sources@example.com' }),
  },
  {
    endpoint: 'POST /v1/consumers/sessions/lookup',
    title: 'refuses an invalid email',
    status: 400,
    error: invalid('email_invalid'),
    call: ({ browser }) => browser('POST', '/v1/consumers/sessions/lookup', { email_address: 'nope' }),
  },
  {
    endpoint: 'POST /v1/consumers/accounts/sign_up',
    title: 'signs a new shopper up with a test card',
    status: 200,
    call: ({ browser }) =>
      browser('POST', '/v1/consumers/accounts/sign_up', {
        email_address: 'new@example.com',
        phone_number: '+15555550123',
        card: { number: '4242424242424242' },
      }),
  },
  {
    endpoint: 'POST /v1/consumers/sessions/start_verification',
    title: 'sends a code by SMS',
    status: 200,
    call: ({ browser }) => codeSent(browser, 'code@example.com'),
  },
  {
    endpoint: 'POST /v1/consumers/sessions/confirm_verification',
    title: 'verifies with a good code',
    status: 200,
    call: async ({ browser }) =>
      browser('POST', '/v1/consumers/sessions/confirm_verification', { ...credentials(await codeSent(browser, 'ok@example.com')), code: '424242' }),
  },
  {
    endpoint: 'POST /v1/consumers/sessions/confirm_verification',
    title: 'locks the account on 000003',
    status: 400,
    error: invalid('consumer_verification_max_attempts_exceeded'),
    call: async ({ browser }) =>
      browser('POST', '/v1/consumers/sessions/confirm_verification', { ...credentials(await codeSent(browser, 'lock@example.com')), code: '000003' }),
  },
  {
    endpoint: 'POST /v1/consumers/payment_details/list',
    title: "lists a verified +multiple_funding_sources@ shopper's cards and bank account",
    status: 200,
    async call({ browser }) {
      const secret = await codeSent(browser, 'list+multiple_funding_sources@example.com');
      await browser('POST', '/v1/consumers/sessions/confirm_verification', { ...credentials(secret), code: '424242' });
      return browser('POST', '/v1/consumers/payment_details/list', credentials(secret));
    },
  },
  {
    endpoint: 'POST /v1/consumers/payment_details/list',
    title: 'refuses an unverified session',
    status: 403,
    error: invalid('consumer_session_not_verified'),
    call: async ({ browser }) => browser('POST', '/v1/consumers/payment_details/list', credentials(await codeSent(browser, 'early@example.com'))),
  },
  {
    endpoint: 'POST /v1/consumers/sessions/log_out',
    title: 'logs a session out',
    status: 200,
    call: async ({ browser }) => browser('POST', '/v1/consumers/sessions/log_out', credentials(await codeSent(browser, 'bye@example.com'))),
  },
];
