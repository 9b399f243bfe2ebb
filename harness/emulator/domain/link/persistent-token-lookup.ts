import type Stripe from 'stripe';
import type { Account } from '../account.ts';
import { parameterInvalid, resourceMissing } from '../../core/errors.ts';
import { intentIdOfClientSecret } from '../../core/ids.ts';
import type { LinkAccount } from './link-account.ts';

/**
 * The Link account a persistent token was issued for, while the token is valid (90 days), or
 * undefined. A locked account is still returned: the caller reports the lock.
 *
 * @example
 * const shopper = linkAccountForPersistentToken(account, pm.link.persistent_token);
 */
export function linkAccountForPersistentToken(account: Account, token: string, now = Date.now()): LinkAccount | undefined {
  const email = account.link.tokens.emailOf(token, now);
  return email === undefined ? undefined : account.link.get(email);
}

type IntentWithLinkOptions = Pick<Stripe.SetupIntent | Stripe.PaymentIntent, 'client_secret'> & {
  payment_method_options?: { link?: { persistent_token?: string | null } | null } | null;
};

/**
 * The intent an `intent_client_secret` names (SetupIntent or PaymentIntent of this account), or
 * Stripe's 400/404 for a malformed or unknown secret.
 */
export function intentOfClientSecret(account: Account, clientSecret: string, param: string): IntentWithLinkOptions {
  const id = intentIdOfClientSecret(clientSecret);
  if (!id) throw parameterInvalid(param, 'Invalid client secret: expected seti_…_secret_… or pi_…_secret_….');
  const intent: IntentWithLinkOptions | undefined = id.startsWith('seti_') ? account.setupIntents.get(id) : account.paymentIntents.get(id);
  if (!intent || intent.client_secret !== clientSecret) throw resourceMissing(id.startsWith('seti_') ? 'setup_intent' : 'payment_intent', id, param);
  return intent;
}

/**
 * The shopper an intent re-identifies through `payment_method_options.link.persistent_token`
 * (the merchant-cookie path of the guide), or undefined when it carries no valid token.
 */
export function linkAccountOfIntent(account: Account, clientSecret: string, param: string): LinkAccount | undefined {
  const token = intentOfClientSecret(account, clientSecret, param).payment_method_options?.link?.persistent_token;
  return token ? linkAccountForPersistentToken(account, token) : undefined;
}
