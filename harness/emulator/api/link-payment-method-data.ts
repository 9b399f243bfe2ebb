import type Stripe from 'stripe';
import type { Account } from '../domain/account.ts';
import { createLinkPaymentMethod, type LinkPaymentMethodData } from '../domain/link/index.ts';
import { applyMetadata } from '../domain/metadata.ts';
import { billingDetails, type BillingDetailsParams } from '../domain/payment-methods.ts';
import { parameterMissing } from '../core/errors.ts';
import { obj, str } from '../http/params.ts';

/** `link[…]`: the logged-in Link shopper's session and the funding source they chose. */
export const linkDataParam = obj({ consumer_session_client_secret: str(), payment_details_id: str() });

/**
 * A Link PaymentMethod from `type=link` parameters (what Stripe.js sends for a Link wallet
 * shopper on `createPaymentMethod({elements})`): the shopper's funding source, with the
 * merchant's `billing_details` over the Link account's, `metadata` and `allow_redisplay`.
 *
 * @example
 * linkPaymentMethodFromData(account, { link: { consumer_session_client_secret }, billing_details: { name: 'Jenny' } }, '')
 */
export function linkPaymentMethodFromData(
  account: Account,
  p: {
    link?: LinkPaymentMethodData;
    billing_details?: BillingDetailsParams;
    metadata?: Record<string, string> | '';
    allow_redisplay?: Stripe.PaymentMethod.AllowRedisplay;
  },
  param: string,
): Stripe.PaymentMethod {
  const name = param ? `${param}[link]` : 'link';
  if (!p.link) throw parameterMissing(name);
  const pm = createLinkPaymentMethod(account, p.link, name);
  if (p.billing_details) pm.billing_details = billingDetails(p.billing_details, pm.billing_details);
  if (p.metadata !== undefined) pm.metadata = applyMetadata(pm.metadata ?? {}, p.metadata);
  if (p.allow_redisplay) pm.allow_redisplay = p.allow_redisplay;
  return pm;
}
