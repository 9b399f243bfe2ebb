import { nowSeconds, randomToken } from '../../core/ids.ts';

/**
 * How a shopper proves who they are, in Stripe's consumer API words. `PERSISTENT_TOKEN` is the
 * emulator's name for the merchant-cookie path: the intent carried a valid persistent token.
 */
export type VerificationType = 'SMS' | 'EMAIL' | 'SIGNUP' | 'PERSISTENT_TOKEN';

/** `STARTED`: a code was sent. `EXPIRED`: it must be sent again. `FAILED`: too many attempts. */
export type VerificationState = 'STARTED' | 'VERIFIED' | 'EXPIRED' | 'FAILED';

export interface VerificationSession {
  type: VerificationType;
  state: VerificationState;
}

/** One shopper's session with Link, named by its client secret (what the browser holds). */
export interface ConsumerSession {
  clientSecret: string;
  /** The Link account's (normalised) email. */
  email: string;
  verificationSessions: VerificationSession[];
  created: number;
}

/**
 * A new consumer session for a Link account, already verified when `verifiedBy` says how.
 *
 * @example
 * newConsumerSession('jenny@example.com', 'SIGNUP')
 */
export function newConsumerSession(email: string, verifiedBy?: VerificationType): ConsumerSession {
  return {
    clientSecret: `csmrs_secret_${randomToken(32)}`,
    email,
    verificationSessions: verifiedBy ? [{ type: verifiedBy, state: 'VERIFIED' }] : [],
    created: nowSeconds(),
  };
}

/** Only a verified session may see funding sources or pay with Link. */
export const isVerified = (session: ConsumerSession) => session.verificationSessions.some((v) => v.state === 'VERIFIED');
