import type Stripe from 'stripe';

/** The `type` values Stripe puts on an error object. */
export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

/** The wire shape of `{error: …}` as Stripe sends it (a superset of stripe-node's raw error). */
export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  decline_code?: string;
  advice_code?: string;
  param?: string;
  doc_url?: string;
  request_log_url?: string;
  charge?: string;
  payment_intent?: Stripe.PaymentIntent;
  setup_intent?: Stripe.SetupIntent;
  payment_method?: Stripe.PaymentMethod;
}

/**
 * An error the emulator answers with: an HTTP status and Stripe's error body.
 * Handlers throw it; the router turns it into `{error: …}` with the status.
 */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
    this.name = 'StripeApiError';
  }
}

const docUrl = (code: string) => `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;

function invalid(status: number, message: string, extra: Partial<StripeErrorBody> = {}): StripeApiError {
  const body: StripeErrorBody = { type: 'invalid_request_error', message, ...extra };
  if (body.code && !body.doc_url) body.doc_url = docUrl(body.code);
  return new StripeApiError(status, body);
}

/** 400 for a parameter the endpoint does not know. */
export const unknownParameter = (param: string) => invalid(400, `Received unknown parameter: ${param}`, { code: 'parameter_unknown', param });

/** 400 for a required parameter that was not sent. */
export const parameterMissing = (param: string) => invalid(400, `Missing required param: ${param}.`, { code: 'parameter_missing', param });

/** 400 for a parameter whose value is not acceptable. */
export const parameterInvalid = (param: string, message: string, code = 'parameter_invalid_string') => invalid(400, message, { code, param });

/** 400 for a `Stripe-Version` Stripe never released (malformed, or later than the emulator's). */
export const invalidApiVersion = (version: string) => invalid(400, `Invalid Stripe API version: ${version}`);

/** 400 for a request that is well formed but not allowed in the object's current state. */
export const invalidState = (message: string, code: string, extra: Partial<StripeErrorBody> = {}) => invalid(400, message, { code, ...extra });

/** 400 for a request Stripe refuses without an error code of its own. */
export const invalidRequest = (message: string, extra: Partial<StripeErrorBody> = {}) => invalid(400, message, extra);

/** 404 for an id that names nothing in this account. */
export const resourceMissing = (resource: string, id: string, param = 'id') =>
  invalid(404, `No such ${resource}: '${id}'`, { code: 'resource_missing', param });

/** 404 for a path the emulator does not serve. */
export const unrecognizedUrl = (method: string, path: string) =>
  invalid(
    404,
    `Unrecognized request URL (${method}: ${path}). The link-harness emulator serves the customers, ` +
      'payment_methods, setup_intents, setup_attempts, payment_intents, refunds, tokens, confirmation_tokens and Link endpoints of the Stripe API; see its README for the full list.',
  );

/** 401 for a missing, malformed or unknown API key. */
export const authentication = (message: string, code?: string) => invalid(401, message, code ? { code } : {});

/** 400 for an Idempotency-Key reused with other parameters. */
export const idempotencyMismatch = (key: string) =>
  new StripeApiError(400, {
    type: 'idempotency_error',
    message:
      `Keys for idempotent requests can only be used with the same parameters they were first used with. ` +
      `Try using a key other than '${key}' if you meant to execute a different request.`,
  });

/** 409 while a request with the same Idempotency-Key is still being executed. */
export const idempotencyInProgress = (key: string) =>
  new StripeApiError(409, {
    type: 'idempotency_error',
    message: `There is currently another in-progress request using this Idempotent Key (${key}). Please try again later.`,
  });

/** 402: a card was declined or needs authentication. */
export const cardError = (body: Omit<StripeErrorBody, 'type'> & { code: string }) =>
  new StripeApiError(402, { type: 'card_error', doc_url: docUrl(body.code), ...body });

/** 500 for a fault inside the emulator itself (never expected; the property test guards it). */
export const apiError = (message: string) => new StripeApiError(500, { type: 'api_error', message });
