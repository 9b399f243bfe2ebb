import type Stripe from 'stripe';
import type { Account } from '../domain/account.ts';
import { createConfirmationToken, findConfirmationToken, type ConfirmationTokenInput, type ShippingInput } from '../domain/confirmation-tokens.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { StripeApiError, parameterMissing } from '../core/errors.ts';
import { emptyable, metadata, obj, oneOf, str } from '../http/params.ts';
import {
  checkReturnUrl,
  mandateDataParam,
  paymentMethodDataParam,
  paymentMethodFromParams,
  paymentMethodOptionsParam,
  type PaymentMethodParams,
} from './intent-params.ts';
import { addressParams } from './shared-params.ts';

/**
 * `/v1/confirmation_tokens`: Stripe.js's `createConfirmationToken` creates them with the
 * publishable key (an endpoint Stripe keeps for Stripe.js); a server makes them only through the
 * test helper `POST /v1/test_helpers/confirmation_tokens`, and reads them with its secret key.
 */

/** `shipping[…]` of a ConfirmationToken. */
export const confirmationTokenShippingParam = obj({ name: str({ max: 5000 }), phone: emptyable(str({ max: 5000 })), address: addressParams }, [
  'name',
  'address',
]);

interface CreateParams extends PaymentMethodParams {
  return_url?: string;
  setup_future_usage?: 'off_session' | 'on_session';
  shipping?: ShippingInput;
  mandate_data?: ConfirmationTokenInput['mandateData'] | '';
  metadata?: Record<string, string> | '';
}

const createFields = {
  payment_method: str({ max: 5000 }),
  payment_method_data: paymentMethodDataParam,
  payment_method_options: paymentMethodOptionsParam,
  return_url: str({ max: 5000 }),
  setup_future_usage: oneOf('off_session', 'on_session'),
  shipping: confirmationTokenShippingParam,
};

function create(account: Account, p: CreateParams): Stripe.ConfirmationToken {
  if (p.payment_method === undefined && p.payment_method_data === undefined) throw parameterMissing('payment_method_data');
  checkReturnUrl(p.return_url);
  const madeForToken = p.payment_method === undefined;
  const paymentMethod = paymentMethodFromParams(account, p)!;
  return createConfirmationToken(account, {
    paymentMethod,
    madeForToken,
    ...(p.return_url !== undefined ? { returnUrl: p.return_url } : {}),
    ...(p.setup_future_usage !== undefined ? { setupFutureUsage: p.setup_future_usage } : {}),
    ...(p.shipping !== undefined ? { shipping: p.shipping } : {}),
    ...(p.mandate_data ? { mandateData: p.mandate_data } : {}),
  });
}

const createFromStripeJs = defineEndpoint<CreateParams>({
  method: 'post',
  path: '/v1/confirmation_tokens',
  access: 'publishable',
  params: obj({ ...createFields, mandate_data: emptyable(mandateDataParam), metadata: metadata() }),
  handle({ account, caller }, p) {
    if (caller.kind === 'secret')
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        message:
          'ConfirmationTokens are created by Stripe.js with your publishable key (stripe.createConfirmationToken). In tests, create one server-side with POST /v1/test_helpers/confirmation_tokens.',
      });
    return create(account, p);
  },
});

const createTestHelper = defineEndpoint<CreateParams>({
  method: 'post',
  path: '/v1/test_helpers/confirmation_tokens',
  access: 'secret',
  params: obj(createFields),
  handle({ account }, p) {
    return create(account, p);
  },
});

const retrieve = defineEndpoint<Record<string, never>>({
  method: 'get',
  path: '/v1/confirmation_tokens/:confirmation_token',
  access: 'secret',
  params: obj({}),
  handle({ account, path }) {
    return findConfirmationToken(account, path.confirmation_token!, 'confirmation_token');
  },
});

/** Create (Stripe.js, publishable key), create (test helper, secret key) and retrieve. */
export const confirmationTokenEndpoints: Endpoint[] = [createFromStripeJs, createTestHelper, retrieve];
