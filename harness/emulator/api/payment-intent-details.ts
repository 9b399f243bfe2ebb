import type Stripe from 'stripe';
import { parameterInvalid } from '../core/errors.ts';
import { emptyable, obj, oneOf, str } from '../http/params.ts';
import { addressParams } from './shared-params.ts';
import { storedAddress } from './shared-params.ts';

/** `shipping[…]` of a PaymentIntent. */
export const shippingParam = obj({ address: addressParams, name: str(), carrier: str(), phone: str(), tracking_number: str() }, ['address', 'name']);

const captureMethod = oneOf('automatic', 'automatic_async', 'manual');
const descriptor = str({ max: 22 });

/** What a PaymentIntent stores as it is given and answers with, on create, update and confirm. */
export interface PaymentIntentDetails {
  capture_method?: Stripe.PaymentIntent.CaptureMethod;
  confirmation_method?: 'automatic' | 'manual';
  statement_descriptor?: string;
  statement_descriptor_suffix?: string;
  shipping?: Stripe.PaymentIntentCreateParams.Shipping | '';
  on_behalf_of?: string;
  transfer_group?: string;
}

/** Detail parameters of PaymentIntent update. */
export const paymentIntentUpdateDetailFields = {
  capture_method: captureMethod,
  statement_descriptor: descriptor,
  statement_descriptor_suffix: descriptor,
  shipping: emptyable(shippingParam),
  transfer_group: str(),
};

/** Detail parameters of PaymentIntent create. */
export const paymentIntentCreateDetailFields = {
  ...paymentIntentUpdateDetailFields,
  shipping: shippingParam,
  confirmation_method: oneOf('automatic', 'manual'),
  on_behalf_of: str(),
};

/** Detail parameters of PaymentIntent confirm. */
export const paymentIntentConfirmDetailFields = { capture_method: captureMethod, shipping: emptyable(shippingParam) };

/** Refuses `confirmation_method: manual` by name, before anything is created: the emulator confirms automatically only. */
export function checkPaymentIntentDetails(p: PaymentIntentDetails): void {
  if (p.confirmation_method === 'manual')
    throw parameterInvalid(
      'confirmation_method',
      'The link-harness emulator confirms PaymentIntents automatically only; leave out confirmation_method or pass automatic.',
    );
}

/**
 * Stores the details a request gives on the PaymentIntent, where Stripe answers with them:
 * capture method, statement descriptors, shipping, `on_behalf_of`, `transfer_group`.
 *
 * @example
 * applyPaymentIntentDetails(pi, { capture_method: 'manual', statement_descriptor_suffix: 'ORDER 42' })
 */
export function applyPaymentIntentDetails(pi: Stripe.PaymentIntent, p: PaymentIntentDetails): void {
  if (p.capture_method !== undefined) pi.capture_method = p.capture_method;
  if (p.statement_descriptor !== undefined) pi.statement_descriptor = p.statement_descriptor || null;
  if (p.statement_descriptor_suffix !== undefined) pi.statement_descriptor_suffix = p.statement_descriptor_suffix || null;
  if (p.on_behalf_of !== undefined) pi.on_behalf_of = p.on_behalf_of;
  if (p.transfer_group !== undefined) pi.transfer_group = p.transfer_group || null;
  if (p.shipping !== undefined)
    pi.shipping =
      p.shipping === ''
        ? null
        : {
            address: storedAddress(p.shipping.address),
            name: p.shipping.name,
            carrier: p.shipping.carrier ?? null,
            phone: p.shipping.phone ?? null,
            tracking_number: p.shipping.tracking_number ?? null,
          };
}
