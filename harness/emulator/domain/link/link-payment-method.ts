import type Stripe from 'stripe';
import type { Account } from '../account.ts';
import { parameterMissing, resourceMissing } from '../../core/errors.ts';
import { newId, nowSeconds } from '../../core/ids.ts';
import { billingDetails } from '../payment-methods.ts';
import type { FundingSource } from './funding-sources.ts';
import { defaultFundingSource } from './link-account.ts';
import { requireVerifiedSession } from './session-access.ts';

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
 *
 * A card source registers its test card in `account.cards` under the new id, so confirms and
 * later off-session charges follow the card table; a US bank account has no card entry and
 * simply succeeds. The session must be verified and the Link account not locked.
 *
 * @example
 * const pm = createLinkPaymentMethod(account, { consumer_session_client_secret: secret }, 'payment_method_data[link]');
 * pm.link?.persistent_token; // what the merchant's server puts in its cookie
 */
export function createLinkPaymentMethod(account: Account, data: LinkPaymentMethodData, param: string): Stripe.PaymentMethod {
  const secretParam = `${param}[consumer_session_client_secret]`;
  if (!data.consumer_session_client_secret) throw parameterMissing(secretParam);
  const { linkAccount } = requireVerifiedSession(account.link, data.consumer_session_client_secret, secretParam);
  const source =
    data.payment_details_id === undefined ? defaultFundingSource(linkAccount) : linkAccount.fundingSources.find((s) => s.id === data.payment_details_id);
  if (!source) throw resourceMissing('payment_details', data.payment_details_id!, `${param}[payment_details_id]`);
  const persistentToken = account.link.tokens.issue(linkAccount.email);
  const pm: Stripe.PaymentMethod = {
    id: newId('pm'),
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: billingDetails({ email: linkAccount.email, ...(linkAccount.legalName ? { name: linkAccount.legalName } : {}) }),
    created: nowSeconds(),
    customer: null,
    customer_account: null,
    link: { email: linkAccount.email, persistent_token: persistentToken },
    livemode: false,
    metadata: {},
    radar_options: {},
    type: 'link',
  };
  account.paymentMethods.set(pm.id, pm);
  if (source.type === 'card') account.cards.set(pm.id, source.card);
  account.link.recordOrigin(pm.id, { email: linkAccount.email, linkAccountId: linkAccount.id, source });
  return pm;
}

/**
 * The funding source a Link payment method was made from (a copy taken at the time), or
 * undefined for any other payment method.
 *
 * @example
 * fundingSourceOfLinkPaymentMethod(account, pm.id)?.type; // 'card' | 'bank_account'
 */
export function fundingSourceOfLinkPaymentMethod(account: Account, paymentMethodId: string): FundingSource | undefined {
  return account.link.originOf(paymentMethodId)?.source;
}
