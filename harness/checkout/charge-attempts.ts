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

/** What a webhook says about a PaymentIntent's outcome, with the decline's codes. */
export type WebhookOutcome = Pick<ChargeAttempt, 'outcome' | 'code' | 'decline_code' | 'message'>;

/**
 * The shop's record of later charges, in memory, by customer: one per PaymentIntent, whether its
 * outcome came from the API's answer, from a webhook, or both in either order.
 */
export class ChargeAttempts {
  private readonly byId = new Map<string, ChargeAttempt>();
  /** Webhook outcomes of PaymentIntents whose API answer has not been recorded yet. */
  private readonly early = new Map<string, WebhookOutcome>();

  /** A fresh attempt id. */
  static newId(): string {
    return `chat_${randomBytes(12).toString('base64url')}`;
  }

  /** Records the API's answer; a webhook that arrived first for the same PaymentIntent has the last word on its outcome. */
  record(attempt: ChargeAttempt): ChargeAttempt {
    const early = attempt.payment_intent ? this.early.get(attempt.payment_intent) : undefined;
    this.byId.set(attempt.id, attempt);
    if (early) {
      this.early.delete(attempt.payment_intent!);
      this.applyWebhook(attempt, early);
    }
    return attempt;
  }

  /** The attempt of a PaymentIntent, if the shop made it. */
  forPaymentIntent(paymentIntent: string): ChargeAttempt | undefined {
    for (const attempt of this.byId.values()) if (attempt.payment_intent === paymentIntent) return attempt;
    return undefined;
  }

  /**
   * Applies a webhook's outcome to the PaymentIntent's attempt, or keeps it for the API answer
   * still on its way. Delivering the same event again changes nothing.
   */
  recordWebhook(paymentIntent: string, outcome: WebhookOutcome): void {
    const attempt = this.forPaymentIntent(paymentIntent);
    if (attempt) this.applyWebhook(attempt, outcome);
    else this.early.set(paymentIntent, outcome);
  }

  private applyWebhook(attempt: ChargeAttempt, webhook: WebhookOutcome): void {
    // A charge that waits for the shopper keeps its page; only their payment settles it.
    if (webhook.outcome === 'declined' && attempt.outcome === 'requires_authentication') return;
    this.settle(attempt.id, webhook.outcome);
    if (webhook.outcome !== 'declined') return;
    for (const key of ['code', 'decline_code', 'message'] as const) if (webhook[key] !== undefined) attempt[key] = webhook[key];
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
