import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpoints } from '../endpoints.ts';
import { specParams, unservedEndpoints } from '../http/spec-params.ts';
import { readStripeSpec } from './openapi.ts';
import { SPEC_PARAMS_FILE, knownParamsOf, renderSpecParams, specParamsOf, unservedEndpointsOf } from './spec-params.ts';
import { stripeNodeParamsOf } from './stripe-node-params.ts';

const spec = readStripeSpec();

describe("the table of Stripe's parameters per served endpoint", () => {
  it('is what `npm run spec-params` writes from the spec and the served endpoints (run it after adding an endpoint)', () => {
    expect(specParams).toEqual(knownParamsOf(spec, endpoints));
    expect(unservedEndpoints).toEqual(unservedEndpointsOf(spec, endpoints));
    expect(readFileSync(SPEC_PARAMS_FILE, 'utf8')).toBe(renderSpecParams(spec, endpoints));
  });

  it("holds every parameter of the spec and of stripe-node's types for each served endpoint", () => {
    const fromSpec = specParamsOf(spec, endpoints) as Record<string, string[]>;
    const fromStripeNode = stripeNodeParamsOf(endpoints) as Record<string, string[]>;
    for (const [key, names] of [...Object.entries(fromSpec), ...Object.entries(fromStripeNode)])
      expect(specParams[key], key).toEqual(expect.arrayContaining(names));
    // Newer than the 2024-04-10 spec: stripe-node 23's types have them.
    expect(fromSpec['POST /v1/payment_intents']).not.toContain('hooks');
    expect(fromStripeNode['POST /v1/payment_intents']).toEqual(expect.arrayContaining(['hooks', 'amount_details', 'excluded_payment_method_types']));
    expect(fromStripeNode['GET /v1/refunds']).toEqual(expect.arrayContaining(['charge', 'payment_intent', 'limit', 'starting_after', 'ending_before']));
  });

  it('reads form fields and query parameters, and leaves served operations out of the unserved list', () => {
    expect(specParams['POST /v1/customers']).toEqual(expect.arrayContaining(['email', 'metadata', 'tax_exempt', 'invoice_prefix']));
    expect(specParams['GET /v1/payment_intents']).toEqual(expect.arrayContaining(['customer', 'created', 'limit']));
    expect(specParams['POST /v1/consumers/sessions/lookup']).toBeUndefined();
    expect(unservedEndpoints).toContain('GET /v1/balance');
    expect(unservedEndpoints).toContain('GET /v1/payment_intents/search');
    expect(unservedEndpoints).not.toContain('POST /v1/customers');
  });
});
