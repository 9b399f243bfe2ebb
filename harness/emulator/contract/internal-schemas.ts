import { linkResponseSchemas } from './link-contract.ts';
import type { EndpointKey } from './routes.ts';

type Schema = Record<string, unknown>;

/**
 * Response schemas for the endpoints Stripe's published spec does not document: they are
 * Stripe-internal (Stripe.js calls them from the browser), so there is no schema of Stripe's to
 * hold the emulator to. These small schemas, written for the harness, pin the shape the emulated
 * Stripe.js relies on; where such an answer embeds a public object (the intent of a 3D Secure
 * challenge) that part is still checked against the spec. Errors from these endpoints are checked
 * against the spec's `error` envelope like any other.
 */

const nullableString = { type: ['string', 'null'] };

/** A 3D Secure test challenge, with its intent as Stripe.js sees it (checked against the spec). */
const threeDSecureChallenge = {
  type: 'object',
  required: ['object', 'id', 'status', 'intent', 'redirect_url'],
  properties: {
    object: { const: 'three_d_secure_challenge' },
    id: { type: 'string', pattern: '^src_' },
    status: { enum: ['pending', 'authorized', 'failed', 'abandoned'] },
    intent: { anyOf: [{ $ref: '#/components/schemas/setup_intent' }, { $ref: '#/components/schemas/payment_intent' }] },
    redirect_url: nullableString,
  },
};

/** `GET /v1/elements/sessions` for a deferred intent: the payment methods the Payment Element offers. */
const elementsSession = {
  type: 'object',
  required: ['object', 'livemode', 'account_id', 'payment_method_preference', 'link_settings'],
  properties: {
    object: { const: 'elements_session' },
    livemode: { const: false },
    account_id: { type: 'string', pattern: '^acct_' },
    payment_method_preference: {
      type: 'object',
      required: ['object', 'type', 'ordered_payment_method_types'],
      properties: {
        object: { const: 'payment_method_preference' },
        type: { const: 'deferred_intent' },
        ordered_payment_method_types: { type: 'array', minItems: 1, items: { type: 'string' } },
      },
    },
    link_settings: { type: 'object', required: ['link_enabled'], properties: { link_enabled: { type: 'boolean' } } },
  },
};

export const internalSchemas: Partial<Record<EndpointKey, Schema>> = {
  // The Link consumer API, as the Link engineer pinned it beside its endpoints.
  ...linkResponseSchemas,
  'GET /v1/3ds2/challenges/:source': threeDSecureChallenge,
  'POST /v1/3ds2/challenge_complete': threeDSecureChallenge,
  // Stripe.js creates ConfirmationTokens with the publishable key; the object is the spec's own.
  'POST /v1/confirmation_tokens': { $ref: '#/components/schemas/confirmation_token' },
  'GET /v1/elements/sessions': elementsSession,
};
