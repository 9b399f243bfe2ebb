import type { AddressDetails, IntentKind, StripeJsError } from '../../protocol.ts';
import { withAddresses } from '../shared/address-confirm.ts';
import type { EmulatorApi } from '../shared/api.ts';
import type { FormValue } from '../shared/form-encode.ts';
import type { PaymentChoice } from './confirm.ts';
import { withConfirmParams } from './confirm-params.ts';

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
      ? { type: 'link', link: { consumer_session_client_secret: choice.consumerSessionClientSecret, ...(choice.paymentDetailsId ? { payment_details_id: choice.paymentDetailsId } : {}) } }
      : { type: 'card', card: { ...choice.card }, billing_details: choice.billing as Record<string, FormValue> };
  const collected = withAddresses({ payment_method_data: paymentMethodData, ...(setupFutureUsage ? { setup_future_usage: setupFutureUsage } : {}) }, where.addresses, where.intentKind, params);
  const body = withConfirmParams(collected, params);
  if (typeof params.return_url === 'string') body.return_url = params.return_url;
  const res = await api.post<Record<string, unknown>>('/v1/confirmation_tokens', body);
  return res.ok ? { confirmationToken: res.body, error: null } : { confirmationToken: null, error: res.error };
}
