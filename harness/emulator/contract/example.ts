import type Stripe from 'stripe';
import type { RecordedAccount } from './recorder.ts';
import type { EndpointKey } from './routes.ts';

/** What an example can use: a fresh, recorded account on the emulator. */
export interface ExampleContext extends RecordedAccount {
  /** A new customer (recorded like any other call). */
  customer(params?: Stripe.CustomerCreateParams): Promise<Stripe.Customer>;
  /** A test card payment method (`pm_card_visa` by default) attached to a new customer. */
  savedCard(testPaymentMethod?: string): Promise<{ customer: Stripe.Customer; paymentMethod: Stripe.PaymentMethod }>;
}

/**
 * One call in the contract table. The example may make setup calls first; its *last* call is
 * the one under test: it must reach `endpoint` and answer `status`, and its body must match
 * what Stripe's spec documents for that operation (the error envelope for any non-2xx status).
 */
export interface ContractExample {
  endpoint: EndpointKey;
  /** What the call does, in Stripe's words; becomes the test title. */
  title: string;
  status: number;
  /** Makes the calls. stripe-node errors are expected for non-2xx examples and are caught by the runner. */
  call(ctx: ExampleContext): Promise<unknown>;
  /** Dot paths that must arrive expanded to objects (`data.customer` walks list items). */
  expanded?: readonly string[];
  /** The error `type` and `code` a non-2xx example must answer with. */
  error?: { type: string; code?: string };
}

/** Declares a group of examples with their endpoint keys checked by the compiler. */
export const examples = (list: ContractExample[]): ContractExample[] => list;
