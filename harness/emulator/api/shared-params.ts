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
