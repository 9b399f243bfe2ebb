import { randomBytes } from 'node:crypto';

/** A shopper's account at the shop. */
export interface Shopper {
  email: string;
  name: string;
  /** The Stripe Customer created at sign-up (SETUP-01). */
  customerId: string;
  /**
   * The SetupIntents the shop created for this shopper. The return page accepts a SetupIntent
   * only when it carries the shopper's Customer or, carrying none, is one of these.
   */
  setupIntentIds: Set<string>;
}

/** How long a shop session lasts without a visit. */
export const SHOP_SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

interface Session {
  email: string;
  expiresAt: number;
}

/**
 * The shop's shoppers and their sessions, in memory: accounts by email, and sessions by a random
 * id that the shopper's browser keeps in the `shop_session` cookie.
 */
export class Shoppers {
  private readonly byEmail = new Map<string, Shopper>();
  private readonly sessions = new Map<string, Session>();

  /** The shopper with this email (case-insensitive), if any. */
  find(email: string): Shopper | undefined {
    return this.byEmail.get(email.trim().toLowerCase());
  }

  /** The shopper whose Customer this is, if any. */
  findByCustomer(customerId: string): Shopper | undefined {
    for (const shopper of this.byEmail.values()) if (shopper.customerId === customerId) return shopper;
    return undefined;
  }

  /**
   * Adds a shopper whose Customer has just been created.
   *
   * @example
   * const shopper = shoppers.add({ email, name, customerId: customer.id });
   */
  add({ email, name, customerId }: { email: string; name: string; customerId: string }): Shopper {
    const shopper: Shopper = { email: email.trim().toLowerCase(), name, customerId, setupIntentIds: new Set() };
    this.byEmail.set(shopper.email, shopper);
    return shopper;
  }

  /** Starts a session for a shopper and returns its id, for the session cookie. */
  startSession(shopper: Shopper, now = Date.now()): string {
    const id = randomBytes(24).toString('base64url');
    this.sessions.set(id, { email: shopper.email, expiresAt: now + SHOP_SESSION_LIFETIME_MS });
    return id;
  }

  /** The shopper of a live session, or undefined for an unknown or expired id. */
  shopperOfSession(id: string | undefined, now = Date.now()): Shopper | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= now) {
      this.sessions.delete(id);
      return undefined;
    }
    return this.byEmail.get(session.email);
  }

  endSession(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }
}
