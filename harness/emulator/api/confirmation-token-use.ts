import type Stripe from 'stripe';
import type { Account } from '../domain/account.ts';
import { spendConfirmationToken, usableConfirmationToken } from '../domain/confirmation-tokens.ts';
import { parameterInvalid } from '../core/errors.ts';
import { str } from '../http/params.ts';

/**
 * `confirmation_token` on SetupIntent and PaymentIntent create (with `confirm=true`) and confirm:
 * the intent is confirmed with the PaymentMethod made from the token's preview, and the token's
 * `return_url`, `shipping` and `setup_future_usage` apply unless the request sets them itself.
 */

/** The `confirmation_token` parameter. */
export const confirmationTokenParam = str({ max: 5000 });

/** What a confirmation takes from its ConfirmationToken. */
export interface FromConfirmationToken {
  paymentMethod: Stripe.PaymentMethod;
  returnUrl?: string;
  setupFutureUsage?: 'off_session' | 'on_session';
  shipping?: Stripe.ConfirmationToken.Shipping;
}

/**
 * Checks a request's `confirmation_token` before anything changes: it must come with `confirm`
 * on create, exist, be unused and unexpired. Undefined when the request names none.
 */
export function checkConfirmationToken(
  account: Account,
  p: { confirmation_token?: string; confirm?: boolean },
  creating: boolean,
): Stripe.ConfirmationToken | undefined {
  if (p.confirmation_token === undefined) return undefined;
  if (creating && !p.confirm)
    throw parameterInvalid('confirmation_token', 'You can only pass `confirmation_token` when `confirm` is true; pass it when you confirm the intent.');
  return usableConfirmationToken(account, p.confirmation_token);
}

/**
 * Uses the token for `intent` (it cannot be used again) and gives what the confirmation takes
 * from it.
 *
 * @example
 * const fromToken = useConfirmationToken(account, token, si);
 * confirmSetupIntent(account, si, { paymentMethod: fromToken.paymentMethod, returnUrl: fromToken.returnUrl, baseUrl });
 */
export function useConfirmationToken(
  account: Account,
  token: Stripe.ConfirmationToken,
  intent: Stripe.SetupIntent | Stripe.PaymentIntent,
): FromConfirmationToken {
  const paymentMethod = spendConfirmationToken(account, token.id, intent);
  const futureUsage = token.setup_future_usage;
  return {
    paymentMethod,
    ...(token.return_url !== null ? { returnUrl: token.return_url } : {}),
    ...(futureUsage === 'off_session' || futureUsage === 'on_session' ? { setupFutureUsage: futureUsage as 'off_session' | 'on_session' } : {}),
    ...(token.shipping !== null ? { shipping: token.shipping } : {}),
  };
}
