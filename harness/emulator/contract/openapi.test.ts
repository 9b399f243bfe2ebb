import { describe, expect, it } from 'vitest';
import { StripeContract, rewriteNullable } from './openapi.ts';

// The contract test is only as good as these validators: each case here is a way an emulator
// response could be wrong, and the validator must say so.
const contract = new StripeContract();

const customer = { id: 'cus_1', object: 'customer', created: 1700000000, livemode: false, email: null, metadata: {} };
const card = {
  id: 'pm_1',
  object: 'payment_method',
  created: 1700000000,
  livemode: false,
  type: 'card',
  customer: 'cus_1',
  billing_details: { address: null, email: null, name: null, phone: null },
};

describe("Stripe's OpenAPI spec as validators", () => {
  it('reads the 2024-04-10 spec and maps emulator paths to its templates', () => {
    expect(contract.apiVersion).toBe('2024-04-10');
    expect(contract.specPath('get', '/v1/customers/:id/payment_methods/:pm')).toBe('/v1/customers/{customer}/payment_methods/{payment_method}');
    expect(contract.specPath('post', '/v1/payment_methods/:id/attach')).toBe('/v1/payment_methods/{payment_method}/attach');
    expect(contract.specPath('post', '/v1/consumers/sessions/lookup')).toBeUndefined();
  });

  it('accepts a well-formed object, with extra properties from newer API versions', () => {
    expect(contract.checkResponse('post', '/v1/customers', 200, { ...customer, some_2026_field: 'x' })).toEqual({ valid: true, errors: [] });
  });

  it('rejects a missing required property and a wrong type', () => {
    const { livemode: _, ...withoutLivemode } = customer;
    expect(contract.checkResponse('post', '/v1/customers', 200, withoutLivemode).valid).toBe(false);
    expect(contract.checkResponse('post', '/v1/customers', 200, { ...customer, created: '1700000000' }).errors).toContainEqual(
      expect.stringMatching(/^\/created /),
    );
  });

  it('honours nullable: null where the spec allows it, not where it does not', () => {
    expect(contract.checkResponse('post', '/v1/customers', 200, { ...customer, email: null, address: null }).valid).toBe(true);
    expect(contract.checkResponse('post', '/v1/customers', 200, { ...customer, livemode: null }).valid).toBe(false);
    expect(contract.checkResponse('get', '/v1/payment_methods/:id', 200, { ...card, customer: null }).valid).toBe(true);
  });

  it('validates an expandable field as an id or as the full object it expands to', () => {
    const retrieve = (pm: object) => contract.checkResponse('get', '/v1/payment_methods/:id', 200, pm);
    expect(retrieve({ ...card, customer })).toEqual({ valid: true, errors: [] });
    expect(retrieve({ ...card, customer: { id: 'cus_1', object: 'customer' } }).valid).toBe(false);
    expect(retrieve({ ...card, customer: 42 }).valid).toBe(false);
  });

  it('validates list envelopes and their items', () => {
    const list = (data: object[]) => ({ object: 'list', url: '/v1/customers', has_more: false, data });
    expect(contract.checkResponse('get', '/v1/customers', 200, list([customer])).valid).toBe(true);
    expect(contract.checkResponse('get', '/v1/customers', 200, list([{ ...customer, id: 7 }])).valid).toBe(false);
    expect(contract.checkResponse('get', '/v1/customers', 200, { object: 'list', data: [] }).valid).toBe(false);
  });

  it('validates any non-2xx answer as the error envelope, with its embedded objects', () => {
    const error = (e: object) => contract.checkResponse('post', '/v1/payment_methods/:id/attach', 402, { error: e });
    expect(error({ type: 'card_error', code: 'card_declined', message: 'Your card was declined.', payment_method: card })).toEqual({ valid: true, errors: [] });
    expect(error({ type: 'card_declined', message: 'x' }).valid).toBe(false);
    expect(error({ message: 'x' }).valid).toBe(false);
    expect(error({ type: 'card_error', payment_method: { id: 'pm_1', object: 'payment_method' } }).valid).toBe(false);
    expect(contract.checkResponse('get', '/v1/customers', 404, { message: 'not wrapped' }).valid).toBe(false);
  });

  it('rewrites OpenAPI nullable into JSON Schema for type, enum, anyOf and $ref', () => {
    const schema = {
      properties: {
        a: { type: 'string', nullable: true },
        b: { type: 'string', enum: ['x'], nullable: true },
        c: { anyOf: [{ type: 'string' }], nullable: true },
        d: { $ref: '#/x', nullable: true },
      },
    };
    rewriteNullable(schema);
    expect(schema.properties).toEqual({
      a: { type: ['string', 'null'] },
      b: { type: ['string', 'null'], enum: ['x', null] },
      c: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      d: { anyOf: [{ $ref: '#/x' }, { type: 'null' }] },
    });
  });
});
