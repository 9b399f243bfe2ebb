import type { Account } from '../domain/account.ts';
import {
  confirmVerification,
  consumerSessionJson,
  lookupConsumer,
  paymentDetailsJson,
  requireSession,
  requireVerifiedSession,
  signUp,
  startVerification,
  type ConsumerSession,
  type LinkAccount,
  type LookupQuery,
  type OtpChannel,
  type SignUpDetails,
} from '../domain/link/index.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { arr, int, obj, oneOf, str } from '../http/params.ts';

/**
 * The browser-facing Link consumer API the emulated Stripe.js calls, modelled on Stripe's
 * `/v1/consumers/…`. Publishable keys may call every endpoint (as a `Bearer` header or a `key`
 * form field); secret keys may too. A consumer session is named by its client secret in
 * `credentials[consumer_session_client_secret]` and belongs to one Stripe account.
 * Error codes: see `domain/link/errors.ts`.
 */

const SECRET_PARAM = 'credentials[consumer_session_client_secret]';
const credentials = obj({ consumer_session_client_secret: str({ max: 200 }) }, ['consumer_session_client_secret']);
/** Stripe.js tags its consumer calls with where they come from; accepted and ignored. */
const requestSurface = str({ max: 100 });
const otpChannel = oneOf('SMS', 'EMAIL');

interface Credentials {
  credentials: { consumer_session_client_secret: string };
}

/**
 * Stripe's consumer API answers carry no `object`; ours name one, so that every 2xx body of the
 * emulator says what it is (the request log and the fuzz test rely on it).
 */
const sessionAnswer = (session: ConsumerSession, linkAccount: LinkAccount) => ({
  object: 'consumer_session_response' as const,
  consumer_session: consumerSessionJson(session, linkAccount),
});

function sessionOf(account: Account, session: ConsumerSession) {
  return sessionAnswer(session, requireSession(account.link, session.clientSecret, SECRET_PARAM).linkAccount);
}

const lookup = defineEndpoint<LookupQuery>({
  method: 'post',
  path: '/v1/consumers/sessions/lookup',
  access: 'publishable',
  params: obj({ email_address: str({ max: 512 }), intent_client_secret: str({ max: 200 }), request_surface: requestSurface }),
  handle({ account }, p) {
    const found = lookupConsumer(account, p);
    return {
      object: 'consumer_session_lookup',
      exists: found.exists,
      locked: found.locked,
      consumer_session: found.session && found.linkAccount ? consumerSessionJson(found.session, found.linkAccount) : null,
      error_message: found.locked ? 'This Link account is locked after too many verification attempts; continue without Link.' : null,
    };
  },
});

const start = defineEndpoint<Credentials & { type?: OtpChannel }>({
  method: 'post',
  path: '/v1/consumers/sessions/start_verification',
  access: 'publishable',
  params: obj({ credentials, type: otpChannel, locale: str({ max: 20 }), request_surface: requestSurface }, ['credentials']),
  handle: ({ account }, p) => sessionOf(account, startVerification(account.link, p.credentials.consumer_session_client_secret, p.type ?? 'SMS', SECRET_PARAM)),
});

const confirm = defineEndpoint<Credentials & { code: string; type?: OtpChannel }>({
  method: 'post',
  path: '/v1/consumers/sessions/confirm_verification',
  access: 'publishable',
  params: obj({ credentials, code: str({ max: 20 }), type: otpChannel, request_surface: requestSurface }, ['credentials', 'code']),
  handle: ({ account }, p) => sessionOf(account, confirmVerification(account.link, p.credentials.consumer_session_client_secret, p.code, p.type, SECRET_PARAM)),
});

const logOut = defineEndpoint<Credentials>({
  method: 'post',
  path: '/v1/consumers/sessions/log_out',
  access: 'publishable',
  params: obj({ credentials, request_surface: requestSurface }, ['credentials']),
  handle({ account }, p) {
    const { session, linkAccount } = requireSession(account.link, p.credentials.consumer_session_client_secret, SECRET_PARAM);
    account.link.endSession(session.clientSecret);
    return sessionAnswer({ ...session, verificationSessions: [] }, linkAccount);
  },
});

const signUpEndpoint = defineEndpoint<SignUpDetails>({
  method: 'post',
  path: '/v1/consumers/accounts/sign_up',
  access: 'publishable',
  params: obj(
    {
      email_address: str({ max: 512 }),
      phone_number: str({ max: 20 }),
      legal_name: str({ max: 200 }),
      country: str({ max: 2 }),
      locale: str({ max: 20 }),
      consent_action: str({ max: 100 }),
      request_surface: requestSurface,
      payment_method: str({ max: 200 }),
      card: obj({ number: str({ max: 30 }), exp_month: int(), exp_year: int(), cvc: str({ max: 4 }) }),
    },
    ['email_address'],
  ),
  handle({ account }, p) {
    const { session, linkAccount } = signUp(account, p);
    return sessionAnswer(session, linkAccount);
  },
});

const listPaymentDetails = defineEndpoint<Credentials & { types?: ('card' | 'bank_account')[] }>({
  method: 'post',
  path: '/v1/consumers/payment_details/list',
  access: 'publishable',
  params: obj({ credentials, types: arr(oneOf('card', 'bank_account'), 10), request_surface: requestSurface }, ['credentials']),
  handle({ account }, p) {
    const { linkAccount } = requireVerifiedSession(account.link, p.credentials.consumer_session_client_secret, SECRET_PARAM);
    const types = p.types?.length ? p.types : ['card', 'bank_account'];
    return {
      object: 'consumer_payment_details_list',
      redacted_payment_details: linkAccount.fundingSources.filter((s) => types.includes(s.type)).map((s) => paymentDetailsJson(s, linkAccount)),
    };
  },
});

/** `/v1/consumers/…`: Link look-up, OTP verification, sign-up, funding sources, log-out. */
export const linkEndpoints: Endpoint[] = [lookup, start, confirm, logOut, signUpEndpoint, listPaymentDetails];
