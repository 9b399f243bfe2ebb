import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { endpoints } from '../endpoints.ts';
import { useEmulator } from '../testing.ts';
import type { ContractExample, ExampleContext } from './example.ts';
import { contractExamples, errorOnlyEndpoints } from './examples/index.ts';
import { internalSchemas } from './internal-schemas.ts';
import { StripeContract } from './openapi.ts';
import { recordedAccount } from './recorder.ts';
import { endpointKey } from './routes.ts';
import { valuesAt, verifyCall } from './verify.ts';

const em = useEmulator();
const contract = new StripeContract();
const isSuccess = (status: number) => status >= 200 && status < 300;

function exampleContext(): ExampleContext {
  const account = recordedAccount(em.emulator.port, em.emulator.url, em.newAccountKey());
  const customer = (params: Stripe.CustomerCreateParams = {}) => account.stripe.customers.create(params);
  return {
    ...account,
    customer,
    async savedCard(testPaymentMethod = 'pm_card_visa') {
      const c = await customer({ email: 'saved@example.com' });
      const paymentMethod = await account.stripe.paymentMethods.attach(testPaymentMethod, { customer: c.id });
      return { customer: c, paymentMethod };
    },
  };
}

async function run(example: ContractExample) {
  const ctx = exampleContext();
  const thrown = await example.call(ctx).then(
    () => undefined,
    (err: unknown) => {
      if (!(err instanceof Stripe.errors.StripeError)) throw err;
      return err;
    },
  );
  return { ctx, thrown };
}

describe(`the emulator's responses match Stripe's OpenAPI spec (${contract.apiVersion})`, () => {
  it('has a successful example for every endpoint the emulator serves, and no example for one it does not', () => {
    const served = endpoints.map(endpointKey);
    const succeeding = new Set(contractExamples.filter((e) => isSuccess(e.status)).map((e) => e.endpoint));
    expect(served.filter((key) => !succeeding.has(key) && !errorOnlyEndpoints.includes(key))).toEqual([]);
    // An endpoint that can only fail here still has its error example, and is served.
    for (const key of errorOnlyEndpoints) {
      expect(served).toContain(key);
      expect(contractExamples.some((e) => e.endpoint === key)).toBe(true);
      expect(succeeding.has(key)).toBe(false);
    }
    expect(contractExamples.map((e) => e.endpoint).filter((key) => !served.includes(key))).toEqual([]);
  });

  it("has its own schema exactly for the served endpoints that Stripe's spec lacks", () => {
    const outsideSpec = endpoints.filter((e) => !contract.specPath(e.method, e.path)).map(endpointKey);
    expect(Object.keys(internalSchemas).sort()).toEqual(outsideSpec.sort());
  });

  for (const example of contractExamples) {
    it(`${example.endpoint}: ${example.title} (${example.status})`, async () => {
      const { ctx, thrown } = await run(example);
      const checked = ctx.calls.map((call) => verifyCall(contract, endpoints, call));
      const last = checked.at(-1);
      expect(last, 'the example made no call').toBeDefined();
      expect({ endpoint: last!.endpoint, status: last!.call.status }).toEqual({ endpoint: example.endpoint, status: example.status });
      if (thrown) expect(thrown.statusCode).toBe(example.status);
      // Setup calls are held to the spec too: any response the emulator sends must match it.
      const invalid = checked.filter((c) => !c.valid).map((c) => ({ call: `${c.call.method} ${c.call.path} ${c.call.status}`, errors: c.errors }));
      expect(invalid).toEqual([]);
      const body = last!.call.body as { error?: { type: string; code?: string } };
      if (example.error) expect(body.error).toMatchObject(example.error);
      for (const path of example.expanded ?? []) {
        const values = valuesAt(body, path);
        expect(values.length, `nothing at ${path}`).toBeGreaterThan(0);
        for (const value of values) expect(value, `${path} is not expanded`).toMatchObject({ id: expect.any(String), object: expect.any(String) });
      }
    });
  }
});
