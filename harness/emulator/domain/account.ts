import type Stripe from 'stripe';
import { createHash } from 'node:crypto';
import { IdempotencyStore } from '../core/idempotency.ts';
import { LinkDirectory } from './link/directory.ts';
import type { TestCard } from './test-cards.ts';
import type { ThreeDSecureChallenge } from './three-d-secure-challenge.ts';
import { defaultPaymentMethodSettings, type PaymentMethodSettings } from './payment-method-types.ts';
import { EventLog } from './events.ts';
import { WebhookEndpoints } from './webhook-endpoints.ts';
import type { WebhookDeliveryAttempt } from './webhook-deliveries.ts';

/** Told of each account's events that have endpoints to go to: the webhook sender. */
export type AccountEventListener = (account: Account, event: Stripe.Event, body: string, endpoints: readonly Stripe.WebhookEndpoint[]) => void;

/** Object id prefixes the emulator stores, and the resource names its errors use. */
const stores = {
  cus: 'customer',
  pm: 'payment_method',
  seti: 'setup_intent',
  pi: 'payment_intent',
  ch: 'charge',
  re: 'refund',
  setatt: 'setup_attempt',
  evt: 'event',
  we: 'webhook_endpoint',
} as const;

/**
 * One test-mode Stripe account: everything created with one `sk_test_<x>` / `pk_test_<x>` pair.
 * Accounts never see each other's objects.
 */
export class Account {
  readonly id: string;
  readonly customers = new Map<string, Stripe.Customer>();
  readonly paymentMethods = new Map<string, Stripe.PaymentMethod>();
  readonly setupIntents = new Map<string, Stripe.SetupIntent>();
  readonly paymentIntents = new Map<string, Stripe.PaymentIntent>();
  readonly charges = new Map<string, Stripe.Charge>();
  readonly refunds = new Map<string, Stripe.Refund>();
  /** One attempt per SetupIntent confirmation, in the order they were made. */
  readonly setupAttempts = new Map<string, Stripe.SetupAttempt>();
  /** Ids of customers that were deleted: Stripe answers them with `{deleted: true}`. */
  readonly deletedCustomers = new Set<string>();
  /** The test card behind each card (or card-funded Link) payment method. */
  readonly cards = new Map<string, TestCard>();
  /** Payment methods set up for later off-session use (a SetupIntent or on-session payment succeeded). */
  readonly setUpForOffSession = new Set<string>();
  /** 3D Secure challenges by `src_` id, pending until the shopper completes or fails them. */
  readonly threeDSecureChallenges = new Map<string, ThreeDSecureChallenge>();
  /** Link accounts of this account's shoppers, keyed by email, with their sessions and tokens. */
  readonly link = new LinkDirectory();
  readonly idempotency = new IdempotencyStore();
  /** What the account's Dashboard has turned on (Link), for automatic payment methods. */
  readonly paymentMethodSettings: PaymentMethodSettings = { ...defaultPaymentMethodSettings };
  readonly webhookEndpoints = new WebhookEndpoints();
  /** Every event of the account, oldest first. */
  readonly events: EventLog;
  /** Every attempt to deliver one of its events to one of its endpoints, oldest first. */
  readonly webhookDeliveries: WebhookDeliveryAttempt[] = [];
  /** Set once the account is reset: its pending deliveries are dropped. */
  forgotten = false;

  constructor(
    readonly accountKey: string,
    onEvent?: AccountEventListener,
  ) {
    this.id = `acct_1${createHash('sha256').update(accountKey).digest('hex').slice(0, 15)}`;
    this.events = new EventLog(this.webhookEndpoints, onEvent && ((event, body, endpoints) => onEvent(this, event, body, endpoints)));
  }

  /** Any stored object by id, for expansion. */
  find(id: string): object | undefined {
    const prefix = id.slice(0, id.indexOf('_'));
    switch (prefix) {
      case 'cus':
        return this.customers.get(id);
      case 'pm':
        return this.paymentMethods.get(id);
      case 'seti':
        return this.setupIntents.get(id);
      case 'pi':
        return this.paymentIntents.get(id);
      case 'ch':
        return this.charges.get(id);
      case 're':
        return this.refunds.get(id);
      case 'setatt':
        return this.setupAttempts.get(id);
      default:
        return undefined;
    }
  }

  /** The resource name Stripe uses in "No such …" messages for an id's prefix. */
  static resourceOf(id: string): string {
    const prefix = id.slice(0, id.indexOf('_')) as keyof typeof stores;
    return stores[prefix] ?? 'object';
  }
}

/** All accounts of one emulator, created on first use of a key. */
export class Accounts {
  private readonly byKey = new Map<string, Account>();

  /** @param onEvent told of every account's events that have webhook endpoints to go to */
  constructor(private readonly onEvent?: AccountEventListener) {}

  get(accountKey: string): Account {
    let account = this.byKey.get(accountKey);
    if (!account) {
      account = new Account(accountKey, this.onEvent);
      this.byKey.set(accountKey, account);
    }
    return account;
  }

  /** The account of a key if it has been used, without creating it. */
  find(accountKey: string): Account | undefined {
    return this.byKey.get(accountKey);
  }

  /** Every account in use, in the order they were first used. */
  all(): Account[] {
    return [...this.byKey.values()];
  }

  /** Forgets an account's objects; the next request with its key starts empty. */
  reset(accountKey: string): boolean {
    const account = this.byKey.get(accountKey);
    if (account) account.forgotten = true;
    return this.byKey.delete(accountKey);
  }

  resetAll(): void {
    for (const account of this.byKey.values()) account.forgotten = true;
    this.byKey.clear();
  }

  get size(): number {
    return this.byKey.size;
  }
}
