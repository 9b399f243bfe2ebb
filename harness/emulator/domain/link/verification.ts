import { parameterInvalid } from '../../core/errors.ts';
import { isVerified, type ConsumerSession, type VerificationSession } from './consumer-session.ts';
import type { LinkDirectory } from './directory.ts';
import { accountLocked, maxAttemptsExceeded, verificationCodeInvalid, verificationExpired, verificationNotStarted } from './errors.ts';
import { requireSession } from './session-access.ts';

/** The channels a code can be sent over. */
export type OtpChannel = 'SMS' | 'EMAIL';

/**
 * Stripe's test-mode OTP codes (docs.stripe.com/payments/link, testing). Any other six digits verify. `000001` never locks,
 * however often it is sent: the table is deterministic so scenarios are.
 */
export const testOtpCodes = {
  invalid: '000001',
  expired: '000002',
  maxAttempts: '000003',
} as const;

/**
 * Sends the shopper a new code: any earlier unverified code of the session is forgotten, which
 * is how a shopper gets past an expired one.
 *
 * @example
 * startVerification(account.link, session.clientSecret, 'SMS', 'credentials[consumer_session_client_secret]')
 */
export function startVerification(directory: LinkDirectory, clientSecret: string, type: OtpChannel, param: string): ConsumerSession {
  const { session, linkAccount } = requireSession(directory, clientSecret, param);
  if (linkAccount.locked) throw accountLocked(param);
  if (isVerified(session)) return session;
  session.verificationSessions = [{ type, state: 'STARTED' }];
  return session;
}

function pendingVerification(session: ConsumerSession, type: OtpChannel | undefined): VerificationSession | undefined {
  return session.verificationSessions.findLast((v) => (type === undefined || v.type === type) && (v.state === 'STARTED' || v.state === 'EXPIRED'));
}

/**
 * Checks a code against the test table: `000001` invalid (try again), `000002` expired (send a
 * new code), `000003` too many attempts (the Link account locks), other six digits verify.
 * Already verified sessions stay verified whatever the code.
 *
 * @example
 * confirmVerification(account.link, secret, '424242', 'SMS', 'credentials[consumer_session_client_secret]')
 */
export function confirmVerification(
  directory: LinkDirectory,
  clientSecret: string,
  code: string,
  type: OtpChannel | undefined,
  param: string,
): ConsumerSession {
  if (!/^\d{6}$/.test(code)) throw parameterInvalid('code', 'Invalid code: a verification code is six digits.');
  const { session, linkAccount } = requireSession(directory, clientSecret, param);
  if (linkAccount.locked) throw accountLocked(param);
  if (isVerified(session)) return session;
  const pending = pendingVerification(session, type);
  if (!pending) throw verificationNotStarted(type);
  if (pending.state === 'EXPIRED') throw verificationExpired();
  switch (code) {
    case testOtpCodes.invalid:
      throw verificationCodeInvalid();
    case testOtpCodes.expired:
      pending.state = 'EXPIRED';
      throw verificationExpired();
    case testOtpCodes.maxAttempts:
      pending.state = 'FAILED';
      linkAccount.locked = true;
      throw maxAttemptsExceeded();
    default:
      pending.state = 'VERIFIED';
      return session;
  }
}
