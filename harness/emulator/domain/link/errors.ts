import { StripeApiError } from '../../core/errors.ts';

/**
 * Every error the Link consumer endpoints answer with, in one place. All are Stripe-shaped
 * `invalid_request_error`s; the code tells the emulated Stripe.js which message to show.
 *
 * | code | status | when |
 * |---|---|---|
 * | `consumer_verification_code_invalid` | 400 | OTP `000001`; the same code entry accepts another try |
 * | `consumer_verification_expired` | 400 | OTP `000002`, and every later code until `start_verification` sends a new one |
 * | `consumer_verification_max_attempts_exceeded` | 400 | OTP `000003`; the Link account is locked from then on |
 * | `consumer_verification_not_started` | 400 | `confirm_verification` before `start_verification` (of that type) |
 * | `consumer_account_locked` | 400 | any use of a locked Link account but `lookup`, which reports `locked: true` |
 * | `consumer_account_exists` | 400 | `sign_up` for an email that already has a Link account |
 * | `consumer_session_credentials_invalid` | 400 | an unknown or logged-out `consumer_session_client_secret` |
 * | `consumer_session_not_verified` | 403 | funding sources asked for before the shopper verified (403: the session is known, only not allowed yet) |
 * | `email_invalid` | 400 | an email address that cannot be one |
 *
 * These codes are the emulator's own: Stripe documents no error codes for its consumer API.
 * No `doc_url` is set, as there is no Stripe page to point to.
 */
export const linkErrorCodes = {
  verificationCodeInvalid: 'consumer_verification_code_invalid',
  verificationExpired: 'consumer_verification_expired',
  maxAttemptsExceeded: 'consumer_verification_max_attempts_exceeded',
  verificationNotStarted: 'consumer_verification_not_started',
  accountLocked: 'consumer_account_locked',
  accountExists: 'consumer_account_exists',
  sessionCredentialsInvalid: 'consumer_session_credentials_invalid',
  sessionNotVerified: 'consumer_session_not_verified',
  emailInvalid: 'email_invalid',
} as const;

export type LinkErrorCode = (typeof linkErrorCodes)[keyof typeof linkErrorCodes];

const linkError = (status: number, code: LinkErrorCode, message: string, param?: string) =>
  new StripeApiError(status, { type: 'invalid_request_error', code, message, ...(param ? { param } : {}) });

export const verificationCodeInvalid = () =>
  linkError(400, linkErrorCodes.verificationCodeInvalid, 'The provided verification code is incorrect. Try again.', 'code');

export const verificationExpired = () =>
  linkError(400, linkErrorCodes.verificationExpired, 'The verification code has expired. Request a new code and try again.', 'code');

export const maxAttemptsExceeded = () =>
  linkError(400, linkErrorCodes.maxAttemptsExceeded, 'Too many verification attempts. This Link account is locked; continue without Link.', 'code');

export const verificationNotStarted = (type: string | undefined) =>
  linkError(
    400,
    linkErrorCodes.verificationNotStarted,
    `No ${type ? `${type} ` : ''}verification was started for this consumer session; call /v1/consumers/sessions/start_verification first.`,
    'type',
  );

export const accountLocked = (param?: string) =>
  linkError(400, linkErrorCodes.accountLocked, 'This Link account is locked after too many verification attempts; continue without Link.', param);

export const accountExists = (param = 'email_address') =>
  linkError(400, linkErrorCodes.accountExists, 'A Link account already exists for this email address; look it up and verify instead.', param);

export const sessionCredentialsInvalid = (param: string) =>
  linkError(400, linkErrorCodes.sessionCredentialsInvalid, 'No such consumer session: it is unknown to this account or was logged out.', param);

export const sessionNotVerified = (param: string) =>
  linkError(403, linkErrorCodes.sessionNotVerified, 'This consumer session is not verified yet; confirm a verification code first.', param);

export const emailInvalid = (param: string) => linkError(400, linkErrorCodes.emailInvalid, 'Invalid email address.', param);
