import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { StripeApiError, resourceMissing } from '../core/errors.ts';
import { newId, nowSeconds } from '../core/ids.ts';

/**
 * ConfirmationTokens (`ctoken_…`): what the Payment Element collected, handed to the merchant's
 * server, which confirms an intent with `confirmation_token`. The payment method behind a token
 * is made when the token is created (so a bad card fails then, as in the Payment Element) but is
 * kept out of the account until an intent is confirmed with it: only then does it exist as a
 * PaymentMethod, as at Stripe. A token is used once and expires after twelve hours.
 */

/** How long a ConfirmationToken can be used after it was created. */
export const confirmationTokenLifetimeSeconds = 12 * 60 * 60;

/** Shipping as a ConfirmationToken carries it. */
export interface ShippingInput {
  name: string;
  phone?: string | '';
  address: Stripe.AddressParam;
}

/** What a ConfirmationToken is made of, its payment method already resolved. */
export interface ConfirmationTokenInput {
  paymentMethod: Stripe.PaymentMethod;
  /** The payment method was made for this token (not one of the account's own). */
  madeForToken: boolean;
  returnUrl?: string;
  setupFutureUsage?: 'off_session' | 'on_session';
  shipping?: ShippingInput;
  mandateData?: { customer_acceptance?: { type?: string; online?: { ip_address?: string; user_agent?: string } } };
}

interface StoredConfirmationToken {
  token: Stripe.ConfirmationToken;
  paymentMethod: Stripe.PaymentMethod;
  madeForToken: boolean;
}

// Beside the account rather than on it, so an account reset drops its tokens with it.
const tokensByAccount = new WeakMap<Account, Map<string, StoredConfirmationToken>>();

function tokensOf(account: Account): Map<string, StoredConfirmationToken> {
  let tokens = tokensByAccount.get(account);
  if (!tokens) {
    tokens = new Map();
    tokensByAccount.set(account, tokens);
  }
  return tokens;
}

/** What the token shows of its payment method: everything but the PaymentMethod's own identity. */
export function paymentMethodPreview(pm: Stripe.PaymentMethod): Stripe.ConfirmationToken.PaymentMethodPreview {
  const { id: _id, object: _object, created: _created, livemode: _livemode, metadata: _metadata, radar_options: _radar, ...rest } = structuredClone(pm);
  return { ...rest, customer: null, customer_account: null } as Stripe.ConfirmationToken.PaymentMethodPreview;
}

const shippingOf = (s: ShippingInput): Stripe.ConfirmationToken.Shipping => ({
  name: s.name,
  phone: s.phone ? s.phone : null,
  address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null, ...s.address },
});

/**
 * Stores a new ConfirmationToken. A payment method made for the token leaves the account's
 * payment methods until the token is used.
 *
 * @example
 * const token = createConfirmationToken(account, { paymentMethod: pm, madeForToken: true, returnUrl: 'https://shop.test/done' });
 */
export function createConfirmationToken(account: Account, input: ConfirmationTokenInput): Stripe.ConfirmationToken {
  const created = nowSeconds();
  const md = input.mandateData?.customer_acceptance;
  const token: Stripe.ConfirmationToken = {
    id: newId('ctoken'),
    object: 'confirmation_token',
    created,
    expires_at: created + confirmationTokenLifetimeSeconds,
    livemode: false,
    mandate_data: md
      ? {
          customer_acceptance: {
            type: md.type ?? 'online',
            online: md.online ? { ip_address: md.online.ip_address ?? null, user_agent: md.online.user_agent ?? null } : null,
          },
        }
      : null,
    metadata: null,
    payment_intent: null,
    payment_method_options: null,
    payment_method_preview: paymentMethodPreview(input.paymentMethod),
    return_url: input.returnUrl ?? null,
    setup_future_usage: input.setupFutureUsage ?? null,
    setup_intent: null,
    shipping: input.shipping ? shippingOf(input.shipping) : null,
    use_stripe_sdk: true,
  };
  if (input.madeForToken) account.paymentMethods.delete(input.paymentMethod.id);
  tokensOf(account).set(token.id, { token, paymentMethod: input.paymentMethod, madeForToken: input.madeForToken });
  return token;
}

/** A ConfirmationToken of the account, or Stripe's 404 (`param` names where the id came from). */
export function findConfirmationToken(account: Account, id: string, param = 'confirmation_token'): Stripe.ConfirmationToken {
  const stored = tokensOf(account).get(id);
  if (!stored) throw resourceMissing('confirmation_token', id, param);
  return stored.token;
}

const unusable = (message: string, code: string) =>
  new StripeApiError(400, {
    type: 'invalid_request_error',
    code,
    param: 'confirmation_token',
    message,
    doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`,
  });

/** Checks that a token can still confirm an intent: never used and not expired. */
export function usableConfirmationToken(account: Account, id: string): Stripe.ConfirmationToken {
  const token = findConfirmationToken(account, id);
  if (token.setup_intent !== null || token.payment_intent !== null)
    throw unusable(
      `This ConfirmationToken (${id}) has already been used to confirm ${token.setup_intent ?? token.payment_intent}; create a new ConfirmationToken with stripe.createConfirmationToken().`,
      'token_already_used',
    );
  if (token.expires_at !== null && token.expires_at <= nowSeconds())
    throw unusable(
      `This ConfirmationToken (${id}) has expired; ConfirmationTokens can be used for 12 hours after they are created. Create a new one with stripe.createConfirmationToken().`,
      'expired_confirmation_token',
    );
  return token;
}

/**
 * Uses a token to confirm an intent: the token records the intent and stops expiring, and its
 * payment method now exists in the account. Returns that payment method.
 *
 * @example
 * const pm = spendConfirmationToken(account, 'ctoken_1…', si);
 */
export function spendConfirmationToken(account: Account, id: string, intent: Stripe.SetupIntent | Stripe.PaymentIntent): Stripe.PaymentMethod {
  usableConfirmationToken(account, id);
  const stored = tokensOf(account).get(id)!;
  if (intent.object === 'setup_intent') stored.token.setup_intent = intent.id;
  else stored.token.payment_intent = intent.id;
  stored.token.expires_at = null;
  if (stored.madeForToken) account.paymentMethods.set(stored.paymentMethod.id, stored.paymentMethod);
  return account.paymentMethods.get(stored.paymentMethod.id) ?? stored.paymentMethod;
}
