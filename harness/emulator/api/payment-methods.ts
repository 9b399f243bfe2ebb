import type Stripe from 'stripe';
import { findCustomer } from './customers.ts';
import { applyMetadata } from '../domain/metadata.ts';
import { wireCopy } from '../domain/events.ts';
import {
  attachPaymentMethod,
  billingDetails,
  createCardPaymentMethod,
  detachPaymentMethod,
  resolvePaymentMethod,
  type BillingDetailsParams,
  type CardParams,
} from '../domain/payment-methods.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { parameterInvalid, parameterMissing, resourceMissing } from '../core/errors.ts';
import { newId, nowSeconds } from '../core/ids.ts';
import { paginate, type ListParams } from '../http/list.ts';
import { int, listFields, metadata, obj, oneOf, str, type ObjectSpec } from '../http/params.ts';
import { billingDetailsParams } from './shared-params.ts';
import { linkDataParam, linkPaymentMethodFromData } from './link-payment-method-data.ts';
import type { LinkPaymentMethodData } from '../domain/link/index.ts';

/** `card[…]` on payment method create. */
export const cardParams = obj({ number: str(), exp_month: int(), exp_year: int(), cvc: str(), token: str(), networks: obj({ preferred: str() }) });

/** Payment method types the emulator can create. */
export const creatableTypes = ['card'] as const;

/** `payment_method_data[…]` / payment method create fields shared with intents. */
export const paymentMethodDataFields: ObjectSpec['fields'] = {
  type: str(),
  card: cardParams,
  billing_details: billingDetailsParams,
  metadata: metadata(),
  allow_redisplay: oneOf('always', 'limited', 'unspecified'),
};

export interface PaymentMethodData {
  type?: string;
  card?: CardParams;
  billing_details?: BillingDetailsParams;
  metadata?: Record<string, string> | '';
  allow_redisplay?: Stripe.PaymentMethod.AllowRedisplay;
}

/**
 * Creates a payment method from `payment_method_data`-style parameters. `param` is the prefix
 * used in errors (`''` on `/v1/payment_methods`, `payment_method_data` on intents).
 */
export function createPaymentMethodFromData(account: Parameters<typeof createCardPaymentMethod>[0], p: PaymentMethodData, param = ''): Stripe.PaymentMethod {
  const name = (field: string) => (param ? `${param}[${field}]` : field);
  if (p.type === undefined) throw parameterMissing(name('type'));
  if (p.type !== 'card')
    throw parameterInvalid(name('type'), `Invalid ${name('type')}: the link-harness emulator creates payment methods of type card (got ${p.type}).`);
  if (!p.card) throw parameterMissing(name('card'));
  const pm = createCardPaymentMethod(account, p.card, {
    ...(p.billing_details ? { billing_details: p.billing_details } : {}),
    metadata: applyMetadata({}, p.metadata),
  });
  if (p.allow_redisplay) pm.allow_redisplay = p.allow_redisplay;
  return pm;
}

const createPaymentMethod = defineEndpoint<PaymentMethodData & { customer?: string; payment_method?: string; link?: LinkPaymentMethodData }>({
  method: 'post',
  path: '/v1/payment_methods',
  access: 'publishable',
  params: obj({ ...paymentMethodDataFields, customer: str(), payment_method: str(), link: linkDataParam }),
  handle({ account }, p) {
    if (p.type === 'link') return linkPaymentMethodFromData(account, p, '');
    if (p.payment_method !== undefined) {
      if (p.customer === undefined) throw parameterMissing('customer');
      const source = account.paymentMethods.get(p.payment_method);
      if (!source || source.customer !== p.customer) throw resourceMissing('PaymentMethod', p.payment_method, 'payment_method');
      const copy = { ...structuredClone(source), id: newId('pm'), created: nowSeconds(), customer: null };
      account.paymentMethods.set(copy.id, copy);
      const card = account.cards.get(source.id);
      if (card) account.cards.set(copy.id, card);
      return copy;
    }
    return createPaymentMethodFromData(account, p);
  },
});

const retrievePaymentMethod = defineEndpoint({
  method: 'get',
  path: '/v1/payment_methods/:id',
  access: 'secret',
  params: obj({}),
  handle: ({ account, path }) => resolvePaymentMethod(account, path.id!, 'id'),
});

const updatePaymentMethod = defineEndpoint<{
  billing_details?: BillingDetailsParams;
  metadata?: Record<string, string> | '';
  card?: { exp_month?: number; exp_year?: number };
  allow_redisplay?: Stripe.PaymentMethod.AllowRedisplay;
}>({
  method: 'post',
  path: '/v1/payment_methods/:id',
  access: 'secret',
  params: obj({
    billing_details: billingDetailsParams,
    metadata: metadata(),
    card: obj({ exp_month: int({ min: 1, max: 12 }), exp_year: int() }),
    allow_redisplay: oneOf('always', 'limited', 'unspecified'),
  }),
  handle({ account, path }, p) {
    const pm = account.paymentMethods.get(path.id!);
    if (!pm) throw resourceMissing('PaymentMethod', path.id!);
    if (!pm.customer)
      throw parameterInvalid('id', 'You must save this PaymentMethod to a customer before you can update it.', 'payment_method_unexpected_state');
    const before = wireCopy(pm);
    if (p.billing_details) pm.billing_details = billingDetails(p.billing_details, pm.billing_details);
    pm.metadata = applyMetadata(pm.metadata ?? {}, p.metadata);
    if (p.card && pm.card) {
      if (p.card.exp_month !== undefined) pm.card.exp_month = p.card.exp_month;
      if (p.card.exp_year !== undefined) pm.card.exp_year = p.card.exp_year;
    }
    if (p.allow_redisplay) pm.allow_redisplay = p.allow_redisplay;
    account.events.recordUpdate('payment_method.updated', pm, before);
    return pm;
  },
});

const attach = defineEndpoint<{ customer: string }>({
  method: 'post',
  path: '/v1/payment_methods/:id/attach',
  access: 'secret',
  params: obj({ customer: str() }, ['customer']),
  handle: ({ account, path }, p) => attachPaymentMethod(account, path.id!, p.customer, 'id'),
});

const detach = defineEndpoint({
  method: 'post',
  path: '/v1/payment_methods/:id/detach',
  access: 'secret',
  params: obj({}),
  handle: ({ account, path }) => detachPaymentMethod(account, path.id!),
});

type ListPmParams = ListParams & { customer?: string; type?: string };

function listForCustomer(account: Parameters<typeof findCustomer>[0], customer: string, p: ListPmParams, url: string, param: string) {
  findCustomer(account, customer, param);
  const all = [...account.paymentMethods.values()].filter((pm) => pm.customer === customer && (p.type === undefined || pm.type === p.type));
  return paginate(url, all, p, 'payment_method');
}

const listPaymentMethods = defineEndpoint<ListPmParams>({
  method: 'get',
  path: '/v1/payment_methods',
  access: 'secret',
  params: obj({ ...listFields, customer: str(), type: str(), allow_redisplay: str() }),
  handle({ account }, p) {
    if (p.customer === undefined) {
      const all = [...account.paymentMethods.values()].filter((pm) => pm.customer !== null && (p.type === undefined || pm.type === p.type));
      return paginate('/v1/payment_methods', all, p, 'payment_method');
    }
    return listForCustomer(account, p.customer, p, '/v1/payment_methods', 'customer');
  },
});

const listCustomerPaymentMethods = defineEndpoint<ListPmParams>({
  method: 'get',
  path: '/v1/customers/:id/payment_methods',
  access: 'secret',
  params: obj({ ...listFields, type: str(), allow_redisplay: str() }),
  handle: ({ account, path }, p) => listForCustomer(account, path.id!, p, `/v1/customers/${path.id}/payment_methods`, 'customer'),
});

const retrieveCustomerPaymentMethod = defineEndpoint({
  method: 'get',
  path: '/v1/customers/:id/payment_methods/:pm',
  access: 'secret',
  params: obj({}),
  handle({ account, path }) {
    findCustomer(account, path.id!, 'customer');
    const pm = account.paymentMethods.get(path.pm!);
    if (!pm || pm.customer !== path.id) throw resourceMissing('PaymentMethod', path.pm!, 'payment_method');
    return pm;
  },
});

/** `/v1/payment_methods…` and `/v1/customers/:id/payment_methods…` */
export const paymentMethodEndpoints: Endpoint[] = [
  createPaymentMethod,
  retrievePaymentMethod,
  updatePaymentMethod,
  attach,
  detach,
  listPaymentMethods,
  listCustomerPaymentMethods,
  retrieveCustomerPaymentMethod,
];
