import type Stripe from 'stripe';
import { emptyable, obj, str } from '../http/params.ts';

/** `address[…]` as Stripe takes it on customers and billing details. */
export const addressParams = obj({
  city: str(),
  country: str(),
  line1: str(),
  line2: str(),
  postal_code: str(),
  state: str(),
});

/** `billing_details[…]` of a payment method. */
export const billingDetailsParams = obj({
  address: emptyable(addressParams),
  email: emptyable(str()),
  name: emptyable(str()),
  phone: emptyable(str()),
  tax_id: str(),
});

/** An address parameter as Stripe stores it: every field present, `null` where not given. */
export const storedAddress = (a: Stripe.AddressParam): Stripe.Address => ({
  city: a.city ?? null,
  country: a.country ?? null,
  line1: a.line1 ?? null,
  line2: a.line2 ?? null,
  postal_code: a.postal_code ?? null,
  state: a.state ?? null,
});
