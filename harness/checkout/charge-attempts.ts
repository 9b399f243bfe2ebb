import { randomBytes } from 'node:crypto';

/**
 * How a later charge went:
 * - `succeeded`: paid.
 * - `requires_authentication`: the bank wants the shopper (`authentication_required`); the
 *   attempt carries `authenticate_url`, which brings the shopper back on-session.
 * - `declined`: a card error, with its `code` and `decline_code`.
 * - `processing`: the payment method settles later (bank debits).
 */
export type ChargeOutcome = 'succeeded' | 'requires_authentication' | 'declined' | 'processing';

/** One later (off-session) charge and its outcome: what `POST /charge-later` answers with. */
export interface ChargeAttempt {
  /** `chat_…`, the shop's own id for the attempt. */
  id: string;
  /** ISO 8601 time of the attempt. */
  created: string;
  customer: string;
  payment_method: string;
  /** The PaymentIntent created for it (`pi_…`), or null when Stripe answered without one. */
  payment_intent: string | null;
  amount: number;
  currency: string;
  outcome: ChargeOutcome;
  /** Stripe's error code for `requires_authentication` and `declined` (`authentication_required`, `card_declined`, …). */
  code?: string;
  /** The bank's reason for a decline (`insufficient_funds`, `generic_decline`, …). */
  decline_code?: string;
  /** Stripe's message, for people. */
  message?: string;
  /** For `requires_authentication`: the page where the shopper completes the payment. */
  authenticate_url?: string;
  /** Set when a charge that needed the shopper later succeeded with them on-session (ISO 8601). */
  authenticated_at?: string;
}

/** The shop's record of later charges, in memory, by customer. */
export class ChargeAttempts {
  private readonly byId = new Map<string, ChargeAttempt>();

  /** A fresh attempt id. */
  static newId(): string {
    return `chat_${randomBytes(12).toString('base64url')}`;
  }

  record(attempt: ChargeAttempt): ChargeAttempt {
    this.byId.set(attempt.id, attempt);
    return attempt;
  }

  get(id: string): ChargeAttempt | undefined {
    return this.byId.get(id);
  }

  /** A customer's attempts, newest first. */
  forCustomer(customerId: string): ChargeAttempt[] {
    return [...this.byId.values()].filter((a) => a.customer === customerId).reverse();
  }

  /** Changes an attempt's outcome once the shopper has come back and the PaymentIntent moved on. */
  settle(id: string, outcome: ChargeOutcome): ChargeAttempt | undefined {
    const attempt = this.byId.get(id);
    if (!attempt) return undefined;
    if (outcome === 'succeeded' && attempt.outcome === 'requires_authentication') attempt.authenticated_at = new Date().toISOString();
    attempt.outcome = outcome;
    if (outcome === 'succeeded') {
      delete attempt.code;
      delete attempt.decline_code;
      delete attempt.message;
      delete attempt.authenticate_url;
    }
    return attempt;
  }
}
