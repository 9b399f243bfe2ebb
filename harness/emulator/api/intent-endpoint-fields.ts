import { bool, emptyable, metadata, str } from '../http/params.ts';
import { confirmationTokenParam } from './confirmation-token-use.ts';
import { mandateDataParam, paymentMethodDataParam, paymentMethodOptionsParam, paymentMethodTypesParam, typeListParam } from './intent-params.ts';

/** The payment method an intent is given: by id, by its details, and its options. */
export const intentPaymentMethodFields = {
  payment_method: str(),
  payment_method_data: paymentMethodDataParam,
  payment_method_options: paymentMethodOptionsParam,
};

/** What a confirmation brings on either kind of intent, whether Stripe.js or the server confirms. */
export const intentConfirmFields = { return_url: str({ max: 5000 }), use_stripe_sdk: bool(), mandate_data: emptyable(mandateDataParam) };

/** What `POST /v1/setup_intents/:id` and `POST /v1/payment_intents/:id` both take. */
export const intentUpdateFields = {
  ...intentPaymentMethodFields,
  customer: emptyable(str()),
  description: str({ max: 1000 }),
  metadata: metadata(),
  payment_method_types: paymentMethodTypesParam,
  allowed_payment_method_types: emptyable(typeListParam),
  excluded_payment_method_types: emptyable(typeListParam),
};

/** What `POST /v1/setup_intents/:id/confirm` and `POST /v1/payment_intents/:id/confirm` both take. */
export const intentConfirmEndpointFields = {
  ...intentPaymentMethodFields,
  ...intentConfirmFields,
  client_secret: str(),
  expected_payment_method_type: str(),
  allowed_payment_method_types: typeListParam,
  confirmation_token: confirmationTokenParam,
};
