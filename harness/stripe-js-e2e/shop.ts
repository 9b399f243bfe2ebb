import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import type { RequestLogEntry } from '../emulator/index.ts';

/** A funding source of a seeded Link shopper, as the control API takes it. */
export type FundingSourceSeed =
  { type: 'card'; number: string; default?: boolean } | { type: 'bank_account'; bank_name?: string; last4?: string; default?: boolean };

/** A Link account as the control API lists it. */
export interface LinkAccountView {
  email: string;
  locked: boolean;
  default_funding_source: string;
  funding_sources: (
    { id: string; type: 'card'; label: string; card: { last4: string } } | { id: string; type: 'bank_account'; label: string; bank_account: { last4: string } }
  )[];
}

/** A SetupIntent read back with its payment method expanded. */
export type SavedSetupIntent = Stripe.SetupIntent & { payment_method: Stripe.PaymentMethod | null };

/**
 * One merchant of one test: its own test-mode account on the emulator (`sk_test_<unique>`), its
 * server calls through stripe-node, and the emulator's control API for Link shoppers and the
 * request log.
 */
export class Shop {
  readonly accountKey = `e2e${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  readonly secretKey = `sk_test_${this.accountKey}`;
  readonly publishableKey = `pk_test_${this.accountKey}`;
  readonly stripe: Stripe;

  constructor(private readonly emulatorUrl: string) {
    const url = new URL(emulatorUrl);
    this.stripe = new Stripe(this.secretKey, { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 });
  }

  /**
   * What the merchant's server does (the guide, steps 1 to 3): a Customer, then a SetupIntent for
   * it with `link` among its payment methods, optionally carrying a Link persistent token. Only
   * the client secret goes to the page.
   */
  async createSetupIntent(opts: { email: string; persistentToken?: string }): Promise<{ id: string; clientSecret: string }> {
    const customer = await this.stripe.customers.create({ email: opts.email });
    // stripe-node 23 types call it allowed_payment_method_types; the guide and the API say payment_method_types.
    const params: Stripe.SetupIntentCreateParams & { payment_method_types: string[] } = {
      customer: customer.id,
      payment_method_types: ['link', 'card'],
      ...(opts.persistentToken ? { payment_method_options: { link: { persistent_token: opts.persistentToken } } } : {}),
    };
    const setupIntent = await this.stripe.setupIntents.create(params);
    if (!setupIntent.client_secret) throw new Error('e2e shop: the SetupIntent came back without a client secret');
    return { id: setupIntent.id, clientSecret: setupIntent.client_secret };
  }

  /** The SetupIntent as the merchant's server reads it back, payment method expanded. */
  async setupIntent(id: string): Promise<SavedSetupIntent> {
    return (await this.stripe.setupIntents.retrieve(id, { expand: ['payment_method'] })) as SavedSetupIntent;
  }

  /** Seeds a returning Link shopper (`POST /_harness/accounts/:key/link-accounts`). */
  async seedLinkShopper(email: string, fundingSources?: FundingSourceSeed[]): Promise<LinkAccountView> {
    const res = await fetch(`${this.emulatorUrl}/_harness/accounts/${this.accountKey}/link-accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, ...(fundingSources ? { fundingSources } : {}) }),
    });
    if (res.status !== 201) throw new Error(`e2e shop: seeding the Link shopper ${email} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as LinkAccountView;
  }

  /** The account's Link shoppers, by email. */
  async linkAccount(email: string): Promise<LinkAccountView | undefined> {
    const res = await fetch(`${this.emulatorUrl}/_harness/accounts/${this.accountKey}/link-accounts`);
    const { data } = (await res.json()) as { data: LinkAccountView[] };
    return data.find((a) => a.email === email.toLowerCase());
  }

  /** This account's calls to the emulator, oldest first, optionally since a time. */
  async requests(since?: number): Promise<RequestLogEntry[]> {
    const res = await fetch(`${this.emulatorUrl}/_harness/requests?account=${this.accountKey}${since === undefined ? '' : `&since=${since}`}`);
    return ((await res.json()) as { data: RequestLogEntry[] }).data;
  }

  /** The paths of this account's calls to the emulator (e.g. to count OTP requests). */
  async requestedPaths(since?: number): Promise<string[]> {
    return (await this.requests(since)).map((e) => `${e.method} ${e.path}`);
  }
}

/**
 * A shopper email no other test uses (Link accounts are per shop; this keeps logs readable).
 * `tag` is Stripe's test-mode `+tag@` convention, e.g. `multiple_funding_sources`.
 */
export const shopperEmail = (name: string, tag?: 'multiple_funding_sources') => `${name}.${randomUUID().slice(0, 8)}${tag ? `+${tag}` : ''}@example.com`;
