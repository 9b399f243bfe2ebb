import { randomUUID } from 'node:crypto';

/** How long a persistent token re-identifies its shopper: the 90 days of the merchant cookie. */
export const PERSISTENT_TOKEN_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

interface Grant {
  email: string;
  expiresAt: number;
}

/**
 * Persistent tokens of one Stripe account: issued with each Link payment method, handed back by
 * the merchant on the next intent, and resolved to the shopper's email while still valid.
 */
export class PersistentTokens {
  private readonly grants = new Map<string, Grant>();

  /**
   * Issues a new random token for a shopper, valid for 90 days from `now`.
   *
   * @example
   * const token = tokens.issue('jenny@example.com');
   */
  issue(email: string, now = Date.now()): string {
    const token = randomUUID();
    this.grants.set(token, { email, expiresAt: now + PERSISTENT_TOKEN_LIFETIME_MS });
    return token;
  }

  /** The email a token was issued for, or undefined when unknown or expired. */
  emailOf(token: string, now = Date.now()): string | undefined {
    const grant = this.grants.get(token);
    if (!grant) return undefined;
    if (grant.expiresAt <= now) {
      this.grants.delete(token);
      return undefined;
    }
    return grant.email;
  }

  /** When a token stops working (ms since the epoch), for tests and the control API. */
  expiresAt(token: string): number | undefined {
    return this.grants.get(token)?.expiresAt;
  }
}
