import type { ApiResult, EmulatorApi } from './api.ts';

/** `consumer_session` as the emulator's Link consumer API answers it. */
export interface ConsumerSession {
  client_secret: string;
  email_address: string;
  redacted_phone_number: string | null;
  redacted_formatted_phone_number: string | null;
  verification_sessions: { type: string; state: string }[];
}

export interface LookupAnswer {
  exists: boolean;
  locked: boolean;
  consumer_session: ConsumerSession | null;
  error_message: string | null;
}

/** One funding source of a verified shopper's wallet (`redacted_payment_details[]`). */
export interface PaymentDetails {
  id: string;
  type: 'CARD' | 'BANK_ACCOUNT';
  is_default: boolean;
  label: string;
  card_details?: { brand: string; last4: string; exp_month: number; exp_year: number };
  bank_account_details?: { bank_name: string; last4: string };
}

export type OtpChannel = 'SMS' | 'EMAIL';

/** Tags our consumer calls the way Stripe.js tags its own. */
const surface = { request_surface: 'web_elements' };
const credentials = (secret: string) => ({ credentials: { consumer_session_client_secret: secret } });

/** A session is verified once any of its verifications is (a code, a sign-up or a persistent token). */
export const isVerified = (session: ConsumerSession | null | undefined): boolean =>
  !!session && session.verification_sessions.some((v) => v.state === 'VERIFIED');

/**
 * The Link consumer API (`/v1/consumers/…`) the frames use to recognise and log in a shopper.
 *
 * @example
 * const link = linkApi(emulatorApi(pk));
 * const found = await link.lookup({ email_address: 'jenny@example.com' });
 */
export function linkApi(api: EmulatorApi) {
  return {
    lookup: (q: { email_address?: string; intent_client_secret?: string }): Promise<ApiResult<LookupAnswer>> =>
      api.post('/v1/consumers/sessions/lookup', { ...q, ...surface }),
    startVerification: (secret: string, type: OtpChannel): Promise<ApiResult<{ consumer_session: ConsumerSession }>> =>
      api.post('/v1/consumers/sessions/start_verification', { ...credentials(secret), type, locale: navigator.language || 'en-US', ...surface }),
    confirmVerification: (secret: string, code: string, type: OtpChannel): Promise<ApiResult<{ consumer_session: ConsumerSession }>> =>
      api.post('/v1/consumers/sessions/confirm_verification', { ...credentials(secret), code, type, ...surface }),
    signUp: (p: {
      email_address: string;
      country?: string;
      card?: { number: string; exp_month: number; exp_year: number; cvc: string };
    }): Promise<ApiResult<{ consumer_session: ConsumerSession }>> =>
      api.post('/v1/consumers/accounts/sign_up', { ...p, consent_action: 'checkbox', locale: navigator.language || 'en-US', ...surface }),
    listPaymentDetails: (secret: string): Promise<ApiResult<{ redacted_payment_details: PaymentDetails[] }>> =>
      api.post('/v1/consumers/payment_details/list', { ...credentials(secret), types: ['card', 'bank_account'], ...surface }),
    logOut: (secret: string): Promise<ApiResult<{ consumer_session: ConsumerSession }>> =>
      api.post('/v1/consumers/sessions/log_out', { ...credentials(secret), ...surface }),
  };
}

export type LinkApi = ReturnType<typeof linkApi>;
