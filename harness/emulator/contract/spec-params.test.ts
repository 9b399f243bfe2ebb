import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpoints } from '../endpoints.ts';
import { specParams, unservedEndpoints } from '../http/spec-params.ts';
import { readStripeSpec } from './openapi.ts';
import { SPEC_PARAMS_FILE, renderSpecParams, specParamsOf, unservedEndpointsOf } from './spec-params.ts';

const spec = readStripeSpec();

describe("the table of Stripe's parameters per served endpoint", () => {
  it('is what `npm run spec-params` writes from the spec and the served endpoints (run it after adding an endpoint)', () => {
    expect(specParams).toEqual(specParamsOf(spec, endpoints));
    expect(unservedEndpoints).toEqual(unservedEndpointsOf(spec, endpoints));
    expect(readFileSync(SPEC_PARAMS_FILE, 'utf8')).toBe(renderSpecParams(spec, endpoints));
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
