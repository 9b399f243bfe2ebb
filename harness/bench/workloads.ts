import type { BenchClient } from './bench-client.ts';
import type { CallPlan } from './drive.ts';

/** A measured use of the API: its name and how to prepare its calls. */
export interface Workload {
  name: string;
  /** Creates whatever the calls need (a customer, a SetupIntent) and returns the call plan. */
  prepare(client: BenchClient): Promise<CallPlan>;
}

function expectField(body: Record<string, unknown>, field: string, expected: unknown, workload: string): void {
  if (body[field] !== expected)
    throw new Error(`link-harness bench: ${workload} answered ${field}=${JSON.stringify(body[field])}, expected ${JSON.stringify(expected)}.`);
}

/** `POST /v1/customers`: the first call of the guide. */
export const customerCreate: Workload = {
  name: 'customer create',
  async prepare() {
    return {
      next: (i) => ({ method: 'POST', path: '/v1/customers', params: { email: `shopper${i}@example.com`, name: `Shopper ${i}` } }),
      check: (body) => expectField(body, 'object', 'customer', 'customer create'),
    };
  },
};

/** `POST /v1/setup_intents` with `confirm=true` and `pm_card_visa`: setting up a card in one call. */
export const setupIntentCreateAndConfirm: Workload = {
  name: 'SetupIntent create+confirm (pm_card_visa)',
  async prepare(client) {
    const customer = await client.call({ method: 'POST', path: '/v1/customers', params: { email: 'bench-setup@example.com' } });
    return {
      next: () => ({ method: 'POST', path: '/v1/setup_intents', params: { customer: String(customer.id), payment_method: 'pm_card_visa', confirm: 'true' } }),
      check: (body) => expectField(body, 'status', 'succeeded', 'SetupIntent create+confirm'),
    };
  },
};

/** `GET /v1/setup_intents/:id`: what a return page does after the redirect. */
export const setupIntentRetrieve: Workload = {
  name: 'SetupIntent retrieve',
  async prepare(client) {
    const customer = await client.call({ method: 'POST', path: '/v1/customers', params: { email: 'bench-retrieve@example.com' } });
    const setupIntent = await client.call({
      method: 'POST',
      path: '/v1/setup_intents',
      params: { customer: String(customer.id), payment_method: 'pm_card_visa', confirm: 'true' },
    });
    const id = String(setupIntent.id);
    return {
      next: () => ({ method: 'GET', path: `/v1/setup_intents/${id}` }),
      check: (body) => expectField(body, 'id', id, 'SetupIntent retrieve'),
    };
  },
};

/** The workloads `npm run bench` measures, in order. */
export const workloads: readonly Workload[] = [customerCreate, setupIntentCreateAndConfirm, setupIntentRetrieve];

/** `GET /v1/customers/:id`: reading back what was created. */
export const customerRetrieve: Workload = {
  name: 'customer retrieve',
  async prepare(client) {
    const customer = await client.call({ method: 'POST', path: '/v1/customers', params: { email: 'bench-read@example.com' } });
    const id = String(customer.id);
    return {
      next: () => ({ method: 'GET', path: `/v1/customers/${id}` }),
      check: (body) => expectField(body, 'id', id, 'customer retrieve'),
    };
  },
};
