import type Stripe from 'stripe';
import type { InspectedSetupIntent, ShopperScope } from './glossary.ts';

/** How far back object queries reach: creation times are whole seconds, and Stripe's clock is not ours. */
export interface ObjectReaderOptions {
  stripe: Stripe;
  /** Test start, ms since the epoch. */
  since: number;
  /** Seconds subtracted from `since` (clock skew with Stripe in live mode; 0 on the emulator). */
  skewSeconds: number;
  /** Whether list calls accept `created[gte]` (Stripe does; the emulator filters here instead). */
  listsFilterByCreated: boolean;
}

type Created = { id: string; created: number };
type Lister<T extends Created> = (params: { limit: number; starting_after?: string; created?: { gte: number } }) => Promise<Stripe.ApiList<T>>;

/**
 * Reads the account's objects through stripe-node: the part of an inspector that both modes share.
 * Lists come newest first; pages are read until objects predate the test.
 */
export class ObjectReader {
  private readonly sinceSeconds: number;

  constructor(private readonly options: ObjectReaderOptions) {
    this.sinceSeconds = Math.floor(options.since / 1000) - options.skewSeconds;
  }

  /** Objects created since the test began, oldest first. */
  private async createdSince<T extends Created>(list: Lister<T>): Promise<T[]> {
    const found: T[] = [];
    let startingAfter: string | undefined;
    for (;;) {
      const page = await list({
        limit: 100,
        ...(startingAfter ? { starting_after: startingAfter } : {}),
        ...(this.options.listsFilterByCreated ? { created: { gte: this.sinceSeconds } } : {}),
      });
      const recent = page.data.filter((o) => o.created >= this.sinceSeconds);
      found.push(...recent);
      const last = page.data.at(-1);
      if (!page.has_more || !last || recent.length < page.data.length) break;
      startingAfter = last.id;
    }
    return found.reverse();
  }

  customersCreated(filter: { email?: string } = {}): Promise<Stripe.Customer[]> {
    return this.createdSince((p) => this.options.stripe.customers.list({ ...p, ...(filter.email ? { email: filter.email } : {}) }));
  }

  /** The Customer ids a scope stands for: the one given, or every Customer with the email (shopper emails are unique per test). */
  private async customerIds(scope: ShopperScope): Promise<string[] | undefined> {
    if (scope.customer) return [scope.customer];
    if (!scope.email) return undefined;
    const all = await this.options.stripe.customers.list({ email: scope.email, limit: 100 });
    return all.data.map((c) => c.id);
  }

  private async perCustomer<T extends Created>(scope: ShopperScope, list: (customer: string | undefined) => Lister<T>): Promise<T[]> {
    const customers = await this.customerIds(scope);
    if (customers === undefined) return this.createdSince(list(undefined));
    const lists = await Promise.all(customers.map((c) => this.createdSince(list(c))));
    // Stable: within one second the list order (oldest first) is kept.
    return lists.flat().sort((a, b) => a.created - b.created);
  }

  setupIntentsCreated(scope: ShopperScope = {}): Promise<Stripe.SetupIntent[]> {
    return this.perCustomer(scope, (customer) => (p) => this.options.stripe.setupIntents.list({ ...p, ...(customer ? { customer } : {}) }));
  }

  paymentIntentsCreated(scope: ShopperScope = {}): Promise<Stripe.PaymentIntent[]> {
    return this.perCustomer(scope, (customer) => (p) => this.options.stripe.paymentIntents.list({ ...p, ...(customer ? { customer } : {}) }));
  }

  async setupIntent(id: string): Promise<InspectedSetupIntent> {
    return (await this.options.stripe.setupIntents.retrieve(id, { expand: ['payment_method', 'customer'] })) as unknown as InspectedSetupIntent;
  }

  async paymentMethodsOf(customer: string): Promise<Stripe.PaymentMethod[]> {
    return (await this.options.stripe.customers.listPaymentMethods(customer, { limit: 100 })).data;
  }
}
