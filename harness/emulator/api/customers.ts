import type Stripe from 'stripe';
import { applyMetadata } from '../domain/metadata.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { resourceMissing } from '../core/errors.ts';
import { newId, nowSeconds } from '../core/ids.ts';
import { createdMatches, paginate, type CreatedFilter, type ListParams } from '../http/list.ts';
import { arr, emptyable, int, listFields, metadata, obj, oneOf, range, str } from '../http/params.ts';
import type { Account } from '../domain/account.ts';
import { addressParams } from './shared-params.ts';
import { attachPaymentMethod } from '../domain/payment-methods.ts';
import { customerSearchEndpoint } from './customer-search.ts';
import { wireCopy } from '../domain/events.ts';
import { storedAddress } from './shared-params.ts';

const shipping = obj({ address: addressParams, name: str(), phone: str() }, ['address', 'name']);

const writable = {
  address: emptyable(addressParams),
  balance: int(),
  description: str(),
  email: str({ max: 512 }),
  invoice_settings: obj({ default_payment_method: str() }),
  metadata: metadata(),
  name: str({ max: 256 }),
  phone: str({ max: 20 }),
  preferred_locales: arr(str()),
  shipping: emptyable(shipping),
  invoice_prefix: str({ max: 12 }),
  next_invoice_sequence: int({ min: 1 }),
  tax_exempt: emptyable(oneOf('none', 'exempt', 'reverse')),
};

type CustomerParams = {
  address?: Stripe.AddressParam | '';
  balance?: number;
  description?: string;
  email?: string;
  invoice_settings?: { default_payment_method?: string };
  metadata?: Record<string, string> | '';
  name?: string;
  phone?: string;
  preferred_locales?: string[];
  shipping?: { address: Stripe.AddressParam; name: string; phone?: string } | '';
  invoice_prefix?: string;
  next_invoice_sequence?: number;
  tax_exempt?: Stripe.Customer.TaxExempt | '';
  payment_method?: string;
};

/** The customer with this id, or Stripe's 404. */
export function findCustomer(account: Account, id: string, param = 'id'): Stripe.Customer {
  const customer = account.customers.get(id);
  if (!customer) throw resourceMissing('customer', id, param);
  return customer;
}

function apply(account: Account, customer: Stripe.Customer, p: CustomerParams): void {
  if (p.address !== undefined) customer.address = p.address === '' ? null : storedAddress(p.address);
  if (p.balance !== undefined) customer.balance = p.balance;
  if (p.description !== undefined) customer.description = p.description;
  if (p.email !== undefined) customer.email = p.email;
  if (p.name !== undefined) customer.name = p.name;
  if (p.phone !== undefined) customer.phone = p.phone;
  if (p.preferred_locales !== undefined) customer.preferred_locales = p.preferred_locales;
  if (p.shipping !== undefined)
    customer.shipping = p.shipping === '' ? null : { address: storedAddress(p.shipping.address), name: p.shipping.name, phone: p.shipping.phone ?? null };
  if (p.invoice_prefix !== undefined) customer.invoice_prefix = p.invoice_prefix;
  if (p.next_invoice_sequence !== undefined) customer.next_invoice_sequence = p.next_invoice_sequence;
  if (p.tax_exempt !== undefined) customer.tax_exempt = p.tax_exempt || 'none';
  customer.metadata = applyMetadata(customer.metadata, p.metadata);
  const defaultPm = p.invoice_settings?.default_payment_method;
  if (defaultPm !== undefined) {
    if (defaultPm !== '' && account.paymentMethods.get(defaultPm)?.customer !== customer.id)
      throw resourceMissing('payment_method', defaultPm, 'invoice_settings[default_payment_method]');
    customer.invoice_settings.default_payment_method = defaultPm === '' ? null : defaultPm;
  }
}

const createCustomer = defineEndpoint<CustomerParams>({
  method: 'post',
  path: '/v1/customers',
  access: 'secret',
  params: obj({ ...writable, payment_method: str() }),
  handle({ account }, p) {
    const customer: Stripe.Customer = {
      id: newId('cus'),
      object: 'customer',
      address: null,
      balance: 0,
      created: nowSeconds(),
      currency: null,
      default_source: null,
      delinquent: false,
      description: null,
      discount: null,
      email: null,
      invoice_prefix: newId('').slice(2, 10).toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata: {},
      name: null,
      next_invoice_sequence: 1,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: 'none',
      test_clock: null,
    };
    account.customers.set(customer.id, customer);
    try {
      if (p.payment_method !== undefined) attachPaymentMethod(account, p.payment_method, customer.id, 'payment_method');
      apply(account, customer, p);
    } catch (err) {
      // A failed create leaves nothing behind, as with Stripe.
      account.customers.delete(customer.id);
      throw err;
    }
    account.events.record('customer.created', customer);
    return customer;
  },
});

const retrieveCustomer = defineEndpoint({
  method: 'get',
  path: '/v1/customers/:id',
  access: 'secret',
  params: obj({}),
  handle({ account, path }): Stripe.Customer | Stripe.DeletedCustomer {
    if (account.deletedCustomers.has(path.id!)) return { id: path.id!, object: 'customer', deleted: true };
    return findCustomer(account, path.id!);
  },
});

const updateCustomer = defineEndpoint<CustomerParams>({
  method: 'post',
  path: '/v1/customers/:id',
  access: 'secret',
  params: obj(writable),
  handle({ account, path }, p) {
    const customer = findCustomer(account, path.id!);
    const before = wireCopy(customer);
    apply(account, customer, p);
    account.events.recordUpdate('customer.updated', customer, before);
    return customer;
  },
});

const deleteCustomer = defineEndpoint({
  method: 'delete',
  path: '/v1/customers/:id',
  access: 'secret',
  params: obj({}),
  handle({ account, path }): Stripe.DeletedCustomer {
    const customer = findCustomer(account, path.id!);
    account.customers.delete(customer.id);
    account.deletedCustomers.add(customer.id);
    for (const pm of account.paymentMethods.values()) if (pm.customer === customer.id) pm.customer = null;
    account.events.record('customer.deleted', customer);
    return { id: customer.id, object: 'customer', deleted: true };
  },
});

const listCustomers = defineEndpoint<ListParams & { email?: string; created?: CreatedFilter }>({
  method: 'get',
  path: '/v1/customers',
  access: 'secret',
  params: obj({ ...listFields, email: str(), created: range(), test_clock: str() }),
  handle({ account }, p) {
    const all = [...account.customers.values()].filter((c) => (p.email === undefined || c.email === p.email) && createdMatches(c.created, p.created));
    return paginate('/v1/customers', all, p, 'customer');
  },
});

/** `POST/GET/DELETE /v1/customers…` */
export const customerEndpoints: Endpoint[] = [createCustomer, customerSearchEndpoint, retrieveCustomer, updateCustomer, deleteCustomer, listCustomers];
