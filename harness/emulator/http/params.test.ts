import { describe, expect, it } from 'vitest';
import { arr, bool, emptyable, int, metadata, obj, oneOf, readParams, str } from './params.ts';
import { apiErrorOf } from '../failures.ts';

const spec = obj(
  {
    email: str(),
    amount: int({ min: 50 }),
    confirm: bool(),
    usage: oneOf('off_session', 'on_session'),
    metadata: metadata(),
    payment_method_types: arr(str()),
    payment_method_options: obj({ link: obj({ persistent_token: str() }) }),
    address: emptyable(obj({ city: str() })),
  },
  ['email'],
);

describe('readParams', () => {
  it('converts integers and booleans and keeps arrays in order', () => {
    const p = readParams(spec, {
      email: 'a@example.com',
      amount: '1099',
      confirm: 'true',
      payment_method_types: { 1: 'card', 0: 'link' },
      address: '',
    });
    expect(p).toEqual({ email: 'a@example.com', amount: 1099, confirm: true, payment_method_types: ['link', 'card'], address: '' });
  });

  it('reads booleans in any letter case, as Stripe does (stripe-python 5 sends True), and nothing else', () => {
    for (const [sent, read] of [
      ['True', true],
      ['FALSE', false],
      ['tRuE', true],
      ['false', false],
    ] as const)
      expect(readParams(spec, { email: 'x', confirm: sent })).toMatchObject({ confirm: read });
    for (const sent of ['yes', '1', 'truee', ''])
      expect(apiErrorOf(() => readParams(spec, { email: 'x', confirm: sent })).body).toMatchObject({ type: 'invalid_request_error', param: 'confirm' });
  });

  it('names an unknown parameter, nested ones with their full bracket path', () => {
    expect(apiErrorOf(() => readParams(spec, { email: 'x', foo: '1' })).body).toMatchObject({
      type: 'invalid_request_error',
      code: 'parameter_unknown',
      param: 'foo',
    });
    const nested = apiErrorOf(() => readParams(spec, { email: 'x', payment_method_options: { link: { persistent_tokn: 'a' } } }));
    expect(nested.status).toBe(400);
    expect(nested.body.param).toBe('payment_method_options[link][persistent_tokn]');
  });

  it('answers parameter_missing for a required parameter, also when empty', () => {
    for (const raw of [{}, { email: '' }]) {
      const err = apiErrorOf(() => readParams(spec, raw));
      expect(err.body).toMatchObject({ code: 'parameter_missing', param: 'email' });
    }
  });

  it('rejects badly typed values with the parameter named', () => {
    expect(apiErrorOf(() => readParams(spec, { email: 'x', amount: 'ten' })).body).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' });
    expect(apiErrorOf(() => readParams(spec, { email: 'x', amount: '10' })).body).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' });
    expect(apiErrorOf(() => readParams(spec, { email: 'x', confirm: 'yes' })).body.param).toBe('confirm');
    expect(apiErrorOf(() => readParams(spec, { email: 'x', usage: 'sometimes' })).body.param).toBe('usage');
    expect(apiErrorOf(() => readParams(spec, { email: { a: '1' } })).body.param).toBe('email');
    expect(apiErrorOf(() => readParams(spec, { email: 'x', payment_method_types: 'card' })).body.param).toBe('payment_method_types');
  });

  it('checks metadata limits and allows unsetting', () => {
    expect(readParams(spec, { email: 'x', metadata: '' })).toEqual({ email: 'x', metadata: '' });
    expect(apiErrorOf(() => readParams(spec, { email: 'x', metadata: { ['k'.repeat(41)]: 'v' } })).body.param).toBe(`metadata[${'k'.repeat(41)}]`);
    expect(apiErrorOf(() => readParams(spec, { email: 'x', metadata: { k: 'v'.repeat(501) } })).body.param).toBe('metadata[k]');
  });
});
