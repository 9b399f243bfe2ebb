import type { AddressDetails, IntentKind, LinkSession, StripeJsError } from '../../protocol.ts';
import { withAddresses } from '../shared/address-confirm.ts';
import type { EmulatorApi } from '../shared/api.ts';
import type { FormValue } from '../shared/form-encode.ts';
import type { LinkApi } from '../shared/link-api.ts';
import type { PaymentChoice } from './confirm.ts';
import { withConfirmParams } from './confirm-params.ts';

/** A token's payment choice after any Link sign-up, and what became of the opt-in. */
export interface TokenChoice {
  choice: PaymentChoice;
  /** The Link account the opt-in created, if it did. */
  signedUp: LinkSession | null;
  /** The email has a Link account already: the token is of the plain card. */
  optInWithdrawn: boolean;
  error: StripeJsError | null;
}

/**
 * A card with the Link opt-in ticked signs the shopper up to Link with it first, as a confirm
 * does, and the token is then of their new Link wallet; any other choice is kept.
 *
 * @example
 * const { choice, signedUp } = await signUpForToken(link, { kind: 'card', card, billing, optInEmail: 'new@example.com' });
 */
export async function signUpForToken(link: LinkApi | null, choice: PaymentChoice): Promise<TokenChoice> {
  const kept: TokenChoice = { choice, signedUp: null, optInWithdrawn: false, error: null };
  if (choice.kind !== 'card' || !choice.optInEmail || !link) return kept;
  const country = choice.billing.address?.country;
  const signUp = await link.signUp({ email_address: choice.optInEmail, card: choice.card, ...(country ? { country } : {}) });
  if (signUp.ok) {
    const s = signUp.body.consumer_session;
    return {
      ...kept,
      choice: { kind: 'wallet', consumerSessionClientSecret: s.client_secret, paymentDetailsId: null },
      signedUp: { client_secret: s.client_secret, email_address: s.email_address, via: 'signup' },
    };
  }
  if (signUp.error.code === 'consumer_account_exists' || signUp.error.code === 'consumer_account_locked') return { ...kept, optInWithdrawn: true };
  return { ...kept, error: signUp.error };
}

/**
 * `POST /v1/confirmation_tokens` with the publishable key, as Stripe.js creates a
 * ConfirmationToken from the Payment Element: the shopper's card (with its billing details) or
 * their Link wallet's choice as `payment_method_data`, what the Address Elements hold (billing
 * details; shipping for a payment), the merchant's `params` over it
 * (`payment_method_data.billing_details` merged, `return_url`, `shipping`, `metadata`), and the
 * group's `setupFutureUsage`.
 *
 * @example
 * await createConfirmationTokenFor(api, { kind: 'card', card, billing, optInEmail: null }, { return_url }, 'off_session');
 */
export async function createConfirmationTokenFor(
  api: EmulatorApi,
  choice: PaymentChoice,
  params: Record<string, unknown>,
  setupFutureUsage: 'off_session' | 'on_session' | null,
  where: { intentKind: IntentKind; addresses?: AddressDetails | undefined },
): Promise<{ confirmationToken: Record<string, unknown> | null; error: StripeJsError | null }> {
  const paymentMethodData: Record<string, FormValue> =
    choice.kind === 'wallet'
      ? {
          type: 'link',
          link: {
            consumer_session_client_secret: choice.consumerSessionClientSecret,
            ...(choice.paymentDetailsId ? { payment_details_id: choice.paymentDetailsId } : {}),
          },
        }
      : { type: 'card', card: { ...choice.card }, billing_details: choice.billing as Record<string, FormValue> };
  const collected = withAddresses(
    { payment_method_data: paymentMethodData, ...(setupFutureUsage ? { setup_future_usage: setupFutureUsage } : {}) },
    where.addresses,
    where.intentKind,
    params,
  );
  const body = withConfirmParams(collected, params);
  if (typeof params.return_url === 'string') body.return_url = params.return_url;
  const res = await api.post<Record<string, unknown>>('/v1/confirmation_tokens', body);
  return res.ok ? { confirmationToken: res.body, error: null } : { confirmationToken: null, error: res.error };
}
