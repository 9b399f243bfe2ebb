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

  customersCreated(): Promise<Stripe.Customer[]> {
    return this.createdSince((p) => this.options.stripe.customers.list(p));
  }

  setupIntentsCreated({ customer }: ShopperScope = {}): Promise<Stripe.SetupIntent[]> {
    return this.createdSince((p) => this.options.stripe.setupIntents.list({ ...p, ...(customer ? { customer } : {}) }));
  }

  paymentIntentsCreated({ customer }: ShopperScope = {}): Promise<Stripe.PaymentIntent[]> {
    return this.createdSince((p) => this.options.stripe.paymentIntents.list({ ...p, ...(customer ? { customer } : {}) }));
  }

  async setupIntent(id: string): Promise<InspectedSetupIntent> {
    return (await this.options.stripe.setupIntents.retrieve(id, { expand: ['payment_method', 'customer'] })) as unknown as InspectedSetupIntent;
  }

  async paymentMethodsOf(customer: string): Promise<Stripe.PaymentMethod[]> {
    return (await this.options.stripe.customers.listPaymentMethods(customer, { limit: 100 })).data;
  }
}
