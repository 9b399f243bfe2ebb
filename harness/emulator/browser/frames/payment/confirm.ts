import type { AddressDetails, IntentKind, LinkSession, StripeJsError } from '../../protocol.ts';
import { withAddresses } from '../shared/address-confirm.ts';
import type { EmulatorApi } from '../shared/api.ts';
import { confirmIntent, type ClientIntent } from '../shared/intents.ts';
import type { LinkApi } from '../shared/link-api.ts';
import { cardConfirmParams, linkConfirmParams, withConfirmParams, type BillingDetails, type CardDetails } from './confirm-params.ts';

/** What the shopper chose to pay with, read from the form after it validated. */
export type PaymentChoice =
  | { kind: 'wallet'; consumerSessionClientSecret: string; paymentDetailsId: string | null }
  | { kind: 'card'; card: CardDetails; billing: BillingDetails; optInEmail: string | null };

export interface ConfirmRequest {
  intentKind: IntentKind;
  clientSecret: string;
  returnUrl: string | null;
  /** The Address Elements' values (billing details; shipping for a PaymentIntent). */
  addresses?: AddressDetails;
  /** The merchant's `confirmParams`, whose billing details and shipping win over the Address Elements'. */
  confirmParams?: Record<string, unknown>;
}

export interface ConfirmOutcome {
  intent: ClientIntent | null;
  error: StripeJsError | null;
  /** The Link account the opt-in created, if it did. */
  signedUp: LinkSession | null;
  /** The opt-in could not be used (the email has a Link account already): pay by card from now on. */
  optInWithdrawn: boolean;
}

/**
 * Confirms the intent with the publishable key, as Stripe.js does from the Payment Element:
 * - the Link wallet: `payment_method_data[type]=link` with the session and the chosen source;
 * - a card with the opt-in ticked: first a Link sign-up with that card, then the Link confirm;
 * - a card: `payment_method_data[type]=card` with the card and billing details.
 * Always `use_stripe_sdk=true`, and the `return_url` when there is one.
 *
 * @example
 * const outcome = await confirmChoice(api, link, request, { kind: 'card', card, billing, optInEmail: null });
 */
export async function confirmChoice(api: EmulatorApi, link: LinkApi | null, request: ConfirmRequest, choice: PaymentChoice): Promise<ConfirmOutcome> {
  const outcome: ConfirmOutcome = { intent: null, error: null, signedUp: null, optInWithdrawn: false };
  let params = choice.kind === 'wallet' ? linkConfirmParams(choice.consumerSessionClientSecret, choice.paymentDetailsId, request.returnUrl) : null;

  if (choice.kind === 'card' && choice.optInEmail && link) {
    const signUp = await link.signUp({
      email_address: choice.optInEmail,
      card: choice.card,
      ...(choice.billing.address?.country ? { country: choice.billing.address.country } : {}),
    });
    if (signUp.ok) {
      const s = signUp.body.consumer_session;
      outcome.signedUp = { client_secret: s.client_secret, email_address: s.email_address, via: 'signup' };
      params = linkConfirmParams(s.client_secret, null, request.returnUrl);
    } else if (signUp.error.code === 'consumer_account_exists' || signUp.error.code === 'consumer_account_locked') {
      outcome.optInWithdrawn = true;
    } else {
      return { ...outcome, error: signUp.error };
    }
  }
  if (choice.kind === 'card' && params === null) params = cardConfirmParams(choice.card, choice.billing, request.returnUrl);

  const confirmed = await confirmIntent(
    api,
    request.intentKind,
    request.clientSecret,
    withConfirmParams(withAddresses(params ?? {}, request.addresses, request.intentKind, request.confirmParams ?? {}), request.confirmParams ?? {}),
  );
  if (confirmed.ok) return { ...outcome, intent: confirmed.body };
  return { ...outcome, error: confirmed.error };
}
