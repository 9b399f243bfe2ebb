import type { ConsumerSession } from './consumer-session.ts';
import { normalizeEmail, wantsMultipleFundingSources } from './emails.ts';
import { initialFundingSources, type FundingSource } from './funding-sources.ts';
import { newLinkAccount, type LinkAccount } from './link-account.ts';
import { PersistentTokens } from './persistent-tokens.ts';

/** Where a Link payment method's money comes from: the wallet and source it was made from. */
export interface LinkPaymentMethodOrigin {
  email: string;
  linkAccountId: string;
  /** A copy: later changes to the wallet do not rewrite history. */
  source: FundingSource;
}

/**
 * Link accounts of one Stripe account, keyed by email (case-insensitive), with their consumer
 * sessions, persistent tokens and the funding source behind each Link payment method.
 *
 * `+multiple_funding_sources@` emails behave as shoppers who already have Link: the first
 * `lookup` (or sign-up) of such an email creates the account with several funding sources.
 * Any other email has no Link account until it signs up or is seeded through the control API.
 */
export class LinkDirectory {
  private readonly accounts = new Map<string, LinkAccount>();
  private readonly sessions = new Map<string, ConsumerSession>();
  private readonly origins = new Map<string, LinkPaymentMethodOrigin>();
  readonly tokens = new PersistentTokens();

  /** The Link account of an email, without creating one. */
  get(email: string): LinkAccount | undefined {
    return this.accounts.get(normalizeEmail(email));
  }

  /** The Link account of an email as a lookup sees it: `+multiple_funding_sources@` ones always exist. */
  find(email: string): LinkAccount | undefined {
    const existing = this.get(email);
    if (existing || !wantsMultipleFundingSources(email)) return existing;
    return this.put(newLinkAccount({ email: normalizeEmail(email), fundingSources: initialFundingSources(true) }));
  }

  /**
   * Stores a Link account, replacing any of the same email; the replaced account's sessions end,
   * so a re-seeded shopper starts logged out.
   */
  put(account: LinkAccount): LinkAccount {
    const email = normalizeEmail(account.email);
    if (this.accounts.has(email)) for (const [secret, s] of this.sessions) if (s.email === email) this.sessions.delete(secret);
    this.accounts.set(email, { ...account, email });
    return this.accounts.get(email)!;
  }

  /** Every Link account, oldest first. */
  list(): LinkAccount[] {
    return [...this.accounts.values()];
  }

  addSession(session: ConsumerSession): ConsumerSession {
    this.sessions.set(session.clientSecret, session);
    return session;
  }

  session(clientSecret: string): ConsumerSession | undefined {
    return this.sessions.get(clientSecret);
  }

  /** Ends a session (log out); its client secret stops working. */
  endSession(clientSecret: string): boolean {
    return this.sessions.delete(clientSecret);
  }

  recordOrigin(paymentMethodId: string, origin: LinkPaymentMethodOrigin): void {
    this.origins.set(paymentMethodId, { ...origin, source: structuredClone(origin.source) });
  }

  originOf(paymentMethodId: string): LinkPaymentMethodOrigin | undefined {
    return this.origins.get(paymentMethodId);
  }
}
