import type { Account, Accounts } from '../domain/account.ts';
import type { CallerKey } from './auth.ts';
import type { ObjectSpec } from './params.ts';

/** What a handler knows about the request it answers. */
export interface RequestContext {
  account: Account;
  accounts: Accounts;
  caller: CallerKey;
  /** Path parameters such as `:id`. */
  path: Record<string, string>;
  requestId: string;
  /** The emulator's own base URL, e.g. `http://127.0.0.1:12111`, for URLs it hands out. */
  baseUrl: string;
}

/** One Stripe API endpoint the emulator serves. */
export interface Endpoint<P = Record<string, unknown>> {
  method: 'get' | 'post' | 'delete';
  /** Express-style path, e.g. `/v1/customers/:id`. */
  path: string;
  /**
   * `secret`: secret keys only. `publishable`: publishable keys too, for what Stripe.js may do
   * (the handler checks the client secret).
   */
  access: 'secret' | 'publishable';
  /** Accepted parameters; `expand[]` is added for every endpoint. */
  params: ObjectSpec;
  handle(ctx: RequestContext, params: P): unknown;
}

/** Declares an endpoint with its parameters typed, e.g. `defineEndpoint<CustomerCreateParams>({…})`. */
export const defineEndpoint = <P>(endpoint: Endpoint<P>): Endpoint => endpoint as unknown as Endpoint;
