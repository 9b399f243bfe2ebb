import type Stripe from 'stripe';
import { confirmSetupIntent } from '../domain/setup-intent-confirm.ts';
import {
  cancelSetupIntent,
  createSetupIntent,
  findSetupIntent,
  updateSetupIntent,
  type SetupIntentInput,
  type SetupIntentUpdate,
} from '../domain/setup-intents.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { parameterInvalid } from '../core/errors.ts';
import { createdMatches, paginate, type CreatedFilter, type ListParams } from '../http/list.ts';
import { bool, listFields, metadata, obj, oneOf, range, str } from '../http/params.ts';
import { checkConfirmationToken, confirmationTokenParam, useConfirmationToken } from './confirmation-token-use.ts';
import { authorizeClient, forCaller } from './intent-access.ts';
import { intentConfirmEndpointFields, intentConfirmFields, intentPaymentMethodFields, intentUpdateFields } from './intent-endpoint-fields.ts';
import { applySetupIntentDetails, setupIntentCreateDetailFields, setupIntentUpdateDetailFields, type SetupIntentDetails } from './setup-intent-details.ts';
import {
  automaticPaymentMethodsParam,
  paymentMethodFromParams,
  paymentMethodTypesParam,
  typeListParam,
  checkReturnUrl,
  type PaymentMethodParams,
} from './intent-params.ts';

const paymentMethodFields = intentPaymentMethodFields;
const confirmFields = intentConfirmFields;

type ConfirmFields = { return_url?: string; use_stripe_sdk?: boolean };
type CreateParams = SetupIntentInput & PaymentMethodParams & ConfirmFields & SetupIntentDetails & { confirm?: boolean; confirmation_token?: string };
type UpdateParams = SetupIntentUpdate & PaymentMethodParams & SetupIntentDetails;
type ConfirmParams = PaymentMethodParams & ConfirmFields & { client_secret?: string; allowed_payment_method_types?: string[]; confirmation_token?: string };

const createSetupIntentEndpoint = defineEndpoint<CreateParams>({
  method: 'post',
  path: '/v1/setup_intents',
  access: 'secret',
  params: obj({
    ...paymentMethodFields,
    ...confirmFields,
    confirm: bool(),
    confirmation_token: confirmationTokenParam,
    customer: str(),
    description: str({ max: 1000 }),
    metadata: metadata(),
    payment_method_types: paymentMethodTypesParam,
    allowed_payment_method_types: typeListParam,
    excluded_payment_method_types: typeListParam,
    automatic_payment_methods: automaticPaymentMethodsParam,
    usage: oneOf('off_session', 'on_session'),
    ...setupIntentCreateDetailFields,
  }),
  handle({ account, baseUrl }, p) {
    if (!p.confirm && p.return_url !== undefined)
      throw parameterInvalid('return_url', 'You can only pass `return_url` when `confirm` is true; pass it when you confirm the SetupIntent.');
    checkReturnUrl(p.return_url);
    const token = checkConfirmationToken(account, p, true);
    const si = createSetupIntent(account, p, paymentMethodFromParams(account, p));
    applySetupIntentDetails(si, p);
    if (!p.confirm) return si;
    const fromToken = token ? useConfirmationToken(account, token, si) : undefined;
    const returnUrl = p.return_url ?? fromToken?.returnUrl;
    return confirmSetupIntent(account, si, {
      baseUrl,
      ...(fromToken && !si.payment_method ? { paymentMethod: fromToken.paymentMethod } : {}),
      ...(returnUrl !== undefined ? { returnUrl } : {}),
      ...(p.use_stripe_sdk !== undefined ? { useStripeSdk: p.use_stripe_sdk } : fromToken ? { useStripeSdk: true } : {}),
    });
  },
});

const retrieveSetupIntentEndpoint = defineEndpoint<{ client_secret?: string }>({
  method: 'get',
  path: '/v1/setup_intents/:id',
  access: 'publishable',
  params: obj({ client_secret: str() }),
  handle(ctx, p) {
    const si = findSetupIntent(ctx.account, ctx.path.id!);
    authorizeClient(ctx, si, p.client_secret, 'SetupIntent');
    return forCaller(ctx, () => si);
  },
});

const updateSetupIntentEndpoint = defineEndpoint<UpdateParams>({
  method: 'post',
  path: '/v1/setup_intents/:id',
  access: 'secret',
  params: obj({ ...intentUpdateFields, ...setupIntentUpdateDetailFields }),
  handle({ account, path }, p) {
    const si = findSetupIntent(account, path.id!);
    updateSetupIntent(account, si, p, paymentMethodFromParams(account, p));
    applySetupIntentDetails(si, p);
    return si;
  },
});

const confirmSetupIntentEndpoint = defineEndpoint<ConfirmParams>({
  method: 'post',
  path: '/v1/setup_intents/:id/confirm',
  access: 'publishable',
  params: obj(intentConfirmEndpointFields),
  handle(ctx, p) {
    const si = findSetupIntent(ctx.account, ctx.path.id!);
    authorizeClient(ctx, si, p.client_secret, 'SetupIntent');
    checkReturnUrl(p.return_url);
    const token = checkConfirmationToken(ctx.account, p, false);
    return forCaller(ctx, () => {
      if (p.allowed_payment_method_types) updateSetupIntent(ctx.account, si, { allowed_payment_method_types: p.allowed_payment_method_types });
      const fromToken = token ? useConfirmationToken(ctx.account, token, si) : undefined;
      const paymentMethod = paymentMethodFromParams(ctx.account, p) ?? fromToken?.paymentMethod;
      const returnUrl = p.return_url ?? fromToken?.returnUrl;
      return confirmSetupIntent(ctx.account, si, {
        baseUrl: ctx.baseUrl,
        ...(paymentMethod ? { paymentMethod } : {}),
        ...(p.payment_method_options ? { paymentMethodOptions: p.payment_method_options } : {}),
        ...(returnUrl !== undefined ? { returnUrl } : {}),
        ...(p.use_stripe_sdk !== undefined ? { useStripeSdk: p.use_stripe_sdk } : fromToken ? { useStripeSdk: true } : {}),
      });
    });
  },
});

const cancelSetupIntentEndpoint = defineEndpoint<{ cancellation_reason?: Stripe.SetupIntent.CancellationReason }>({
  method: 'post',
  path: '/v1/setup_intents/:id/cancel',
  access: 'secret',
  params: obj({ cancellation_reason: oneOf('abandoned', 'duplicate', 'requested_by_customer') }),
  handle({ account, path }, p) {
    return cancelSetupIntent(account, findSetupIntent(account, path.id!), p.cancellation_reason);
  },
});

const listSetupIntentsEndpoint = defineEndpoint<ListParams & { customer?: string; payment_method?: string; created?: CreatedFilter }>({
  method: 'get',
  path: '/v1/setup_intents',
  access: 'secret',
  params: obj({ ...listFields, customer: str(), payment_method: str(), attach_to_self: bool(), created: range() }),
  handle({ account }, p) {
    const all = [...account.setupIntents.values()].filter(
      (si) =>
        (p.customer === undefined || si.customer === p.customer) &&
        (p.payment_method === undefined || si.payment_method === p.payment_method) &&
        createdMatches(si.created, p.created),
    );
    return paginate('/v1/setup_intents', all, p, 'setup_intent');
  },
});

/** `/v1/setup_intents…`: create (and confirm), retrieve, update, confirm, cancel, list. */
export const setupIntentEndpoints: Endpoint[] = [
  createSetupIntentEndpoint,
  retrieveSetupIntentEndpoint,
  updateSetupIntentEndpoint,
  confirmSetupIntentEndpoint,
  cancelSetupIntentEndpoint,
  listSetupIntentsEndpoint,
];
