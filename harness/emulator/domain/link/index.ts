import type Stripe from 'stripe';
import type { Account } from '../account.ts';

/**
 * Link accounts of one Stripe account, keyed by email, with their consumer sessions, OTP state,
 * funding sources and persistent tokens.
 */
export class LinkDirectory {}

/** `payment_method_data[link][…]` as the emulated Stripe.js sends it when a Link shopper confirms. */
export interface LinkPaymentMethodData {
  /** The verified consumer session the shopper logged in with. */
  consumer_session_client_secret?: string;
  /** The funding source the shopper chose (default: the account's default source). */
  payment_details_id?: string;
}

/**
 * Creates a `type: 'link'` PaymentMethod for a logged-in Link shopper, backed by the chosen funding
 * source (its test card decides how intents confirmed with it behave), with a persistent token
 * issued for the shopper in `link.persistent_token`. `param` prefixes errors (`payment_method_data[link]`).
 */
export function createLinkPaymentMethod(_account: Account, _data: LinkPaymentMethodData, _param: string): Stripe.PaymentMethod {
  throw new Error('createLinkPaymentMethod: not built yet');
}
