import type Stripe from 'stripe';
import { confirmPaymentIntent, type ConfirmPaymentInput } from '../domain/payment-intent-confirm.ts';
import {
  cancelPaymentIntent,
  createPaymentIntent,
  findPaymentIntent,
  updatePaymentIntent,
  type PaymentIntentInput,
  type PaymentIntentUpdate,
} from '../domain/payment-intents.ts';
import type { RequestContext } from '../http/endpoint.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { parameterInvalid } from '../core/errors.ts';
import { createdMatches, paginate, type CreatedFilter, type ListParams } from '../http/list.ts';
import { bool, emptyable, int, listFields, metadata, obj, oneOf, range, str } from '../http/params.ts';
import { checkConfirmationToken, confirmationTokenParam, useConfirmationToken, type FromConfirmationToken } from './confirmation-token-use.ts';
import { authorizeClient, forCaller } from './intent-access.ts';
import { intentConfirmEndpointFields, intentConfirmFields, intentPaymentMethodFields, intentUpdateFields } from './intent-endpoint-fields.ts';
import {
  applyPaymentIntentDetails,
  checkPaymentIntentDetails,
  paymentIntentConfirmDetailFields,
  paymentIntentCreateDetailFields,
  paymentIntentUpdateDetailFields,
  type PaymentIntentDetails,
} from './payment-intent-details.ts';
import {
  automaticPaymentMethodsParam,
  paymentMethodFromParams,
  paymentMethodTypesParam,
  typeListParam,
  checkReturnUrl,
  type PaymentMethodParams,
} from './intent-params.ts';

const paymentMethodFields = intentPaymentMethodFields;

/** `off_session` is a boolean, or `one_off` / `recurring` (both mean the shopper is away). */
const confirmFields = {
  ...intentConfirmFields,
  off_session: oneOf('true', 'false', 'one_off', 'recurring'),
  error_on_requires_action: bool(),
};

type ConfirmFields = {
  return_url?: string;
  use_stripe_sdk?: boolean;
  off_session?: 'true' | 'false' | 'one_off' | 'recurring';
  error_on_requires_action?: boolean;
};
type CreateParams = PaymentIntentInput & PaymentMethodParams & ConfirmFields & PaymentIntentDetails & { confirm?: boolean; confirmation_token?: string };
type UpdateParams = PaymentIntentUpdate & PaymentMethodParams & PaymentIntentDetails;
type ConfirmParams = PaymentMethodParams &
  ConfirmFields &
  Pick<PaymentIntentDetails, 'capture_method' | 'shipping'> & {
    client_secret?: string;
    confirmation_token?: string;
    setup_future_usage?: 'off_session' | 'on_session' | '';
    receipt_email?: string | '';
    allowed_payment_method_types?: string[];
  };

/** The confirmation a request asks for, in the domain's terms. */
function confirmInput(ctx: RequestContext, p: ConfirmParams, paymentMethod: Stripe.PaymentMethod | undefined): ConfirmPaymentInput {
  return {
    baseUrl: ctx.baseUrl,
    offSession: p.off_session !== undefined && p.off_session !== 'false',
    ...(paymentMethod ? { paymentMethod } : {}),
    ...(p.payment_method_options ? { paymentMethodOptions: p.payment_method_options } : {}),
    ...(p.return_url !== undefined ? { returnUrl: p.return_url } : {}),
    ...(p.use_stripe_sdk !== undefined ? { useStripeSdk: p.use_stripe_sdk } : {}),
    ...(p.error_on_requires_action !== undefined ? { errorOnRequiresAction: p.error_on_requires_action } : {}),
    ...(p.setup_future_usage !== undefined ? { setupFutureUsage: p.setup_future_usage } : {}),
    ...(p.receipt_email !== undefined ? { receiptEmail: p.receipt_email } : {}),
  };
}

/**
 * What a ConfirmationToken sets on the PaymentIntent itself (its shipping, and its
 * `setup_future_usage` when the intent has none); the rest goes into the confirmation.
 */
function applyConfirmationToken(pi: Stripe.PaymentIntent, fromToken: FromConfirmationToken): FromConfirmationToken {
  if (fromToken.shipping && !pi.shipping) pi.shipping = { ...fromToken.shipping, carrier: null, tracking_number: null };
  if (fromToken.setupFutureUsage && !pi.setup_future_usage) pi.setup_future_usage = fromToken.setupFutureUsage;
  return fromToken;
}

const createPaymentIntentEndpoint = defineEndpoint<CreateParams>({
  method: 'post',
  path: '/v1/payment_intents',
  access: 'secret',
  params: obj(
    {
      ...paymentMethodFields,
      ...confirmFields,
      amount: int({ min: 1 }),
      currency: str(),
      confirm: bool(),
      confirmation_token: confirmationTokenParam,
      ...paymentIntentCreateDetailFields,
      customer: str(),
      description: str({ max: 1000 }),
      metadata: metadata(),
      payment_method_types: paymentMethodTypesParam,
      allowed_payment_method_types: typeListParam,
      excluded_payment_method_types: typeListParam,
      automatic_payment_methods: automaticPaymentMethodsParam,
      setup_future_usage: oneOf('off_session', 'on_session'),
      receipt_email: str(),
    },
    ['amount', 'currency'],
  ),
  handle(ctx, p) {
    for (const param of ['off_session', 'return_url', 'error_on_requires_action'] as const)
      if (!p.confirm && p[param] !== undefined)
        throw parameterInvalid(param, `You can only pass \`${param}\` when \`confirm\` is true; pass it when you confirm the PaymentIntent.`);
    checkReturnUrl(p.return_url);
    const token = checkConfirmationToken(ctx.account, p, true);
    checkPaymentIntentDetails(p);
    const pi = createPaymentIntent(ctx.account, p, paymentMethodFromParams(ctx.account, p));
    applyPaymentIntentDetails(pi, p);
    if (!p.confirm) return pi;
    // The payment method, its options, setup_future_usage and receipt_email are on the new intent already.
    const { off_session, return_url, use_stripe_sdk, error_on_requires_action } = p;
    const fromToken = token ? applyConfirmationToken(pi, useConfirmationToken(ctx.account, token, pi)) : undefined;
    const input = confirmInput(
      ctx,
      {
        off_session,
        return_url: return_url ?? fromToken?.returnUrl,
        use_stripe_sdk: use_stripe_sdk ?? (fromToken ? true : undefined),
        error_on_requires_action,
      },
      undefined,
    );
    return confirmPaymentIntent(ctx.account, pi, fromToken && !pi.payment_method ? { ...input, paymentMethod: fromToken.paymentMethod } : input);
  },
});

const retrievePaymentIntentEndpoint = defineEndpoint<{ client_secret?: string }>({
  method: 'get',
  path: '/v1/payment_intents/:id',
  access: 'publishable',
  params: obj({ client_secret: str() }),
  handle(ctx, p) {
    const pi = findPaymentIntent(ctx.account, ctx.path.id!);
    authorizeClient(ctx, pi, p.client_secret, 'PaymentIntent');
    return forCaller(ctx, () => pi);
  },
});

const updatePaymentIntentEndpoint = defineEndpoint<UpdateParams>({
  method: 'post',
  path: '/v1/payment_intents/:id',
  access: 'secret',
  params: obj({
    ...intentUpdateFields,
    amount: int({ min: 1 }),
    currency: str(),
    receipt_email: emptyable(str()),
    setup_future_usage: emptyable(oneOf('off_session', 'on_session')),
    ...paymentIntentUpdateDetailFields,
  }),
  handle({ account, path }, p) {
    const pi = findPaymentIntent(account, path.id!);
    updatePaymentIntent(account, pi, p, paymentMethodFromParams(account, p));
    applyPaymentIntentDetails(pi, p);
    return pi;
  },
});

const confirmPaymentIntentEndpoint = defineEndpoint<ConfirmParams>({
  method: 'post',
  path: '/v1/payment_intents/:id/confirm',
  access: 'publishable',
  params: obj({
    ...intentConfirmEndpointFields,
    ...confirmFields,
    setup_future_usage: emptyable(oneOf('off_session', 'on_session')),
    receipt_email: emptyable(str()),
    ...paymentIntentConfirmDetailFields,
  }),
  handle(ctx, p) {
    const pi = findPaymentIntent(ctx.account, ctx.path.id!);
    authorizeClient(ctx, pi, p.client_secret, 'PaymentIntent');
    checkReturnUrl(p.return_url);
    const token = checkConfirmationToken(ctx.account, p, false);
    return forCaller(ctx, () => {
      if (p.allowed_payment_method_types) updatePaymentIntent(ctx.account, pi, { allowed_payment_method_types: p.allowed_payment_method_types });
      const { capture_method, shipping } = p;
      applyPaymentIntentDetails(pi, { ...(capture_method ? { capture_method } : {}), ...(shipping !== undefined ? { shipping } : {}) });
      const fromToken = token ? applyConfirmationToken(pi, useConfirmationToken(ctx.account, token, pi)) : undefined;
      const params: ConfirmParams = fromToken
        ? {
            ...p,
            return_url: p.return_url ?? fromToken.returnUrl,
            use_stripe_sdk: p.use_stripe_sdk ?? true,
            setup_future_usage: p.setup_future_usage ?? fromToken.setupFutureUsage,
          }
        : p;
      return confirmPaymentIntent(ctx.account, pi, confirmInput(ctx, params, paymentMethodFromParams(ctx.account, p) ?? fromToken?.paymentMethod));
    });
  },
});

const cancelPaymentIntentEndpoint = defineEndpoint<{ cancellation_reason?: Stripe.PaymentIntent.CancellationReason }>({
  method: 'post',
  path: '/v1/payment_intents/:id/cancel',
  access: 'secret',
  params: obj({ cancellation_reason: oneOf('abandoned', 'duplicate', 'fraudulent', 'requested_by_customer') }),
  handle({ account, path }, p) {
    return cancelPaymentIntent(account, findPaymentIntent(account, path.id!), p.cancellation_reason);
  },
});

const listPaymentIntentsEndpoint = defineEndpoint<ListParams & { customer?: string; created?: CreatedFilter }>({
  method: 'get',
  path: '/v1/payment_intents',
  access: 'secret',
  params: obj({ ...listFields, customer: str(), created: range() }),
  handle({ account }, p) {
    const all = [...account.paymentIntents.values()].filter(
      (pi) => (p.customer === undefined || pi.customer === p.customer) && createdMatches(pi.created, p.created),
    );
    return paginate('/v1/payment_intents', all, p, 'payment_intent');
  },
});

/** `/v1/payment_intents…`: create (and confirm, on- or off-session), retrieve, update, confirm, cancel, list. */
export const paymentIntentEndpoints: Endpoint[] = [
  createPaymentIntentEndpoint,
  retrievePaymentIntentEndpoint,
  updatePaymentIntentEndpoint,
  confirmPaymentIntentEndpoint,
  cancelPaymentIntentEndpoint,
  listPaymentIntentsEndpoint,
];
