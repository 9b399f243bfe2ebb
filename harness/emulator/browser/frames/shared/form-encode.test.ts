import { describe, expect, it } from 'vitest';
import { formEncode } from './form-encode.ts';

describe('formEncode', () => {
  it('writes nested objects in bracket notation and lists with indexes', () => {
    const body = formEncode({ a: { b: { c: 'v' } }, types: ['card', 'bank_account'], n: 3, t: true });
    expect(decodeURIComponent(body)).toBe('a[b][c]=v&types[0]=card&types[1]=bank_account&n=3&t=true');
  });

  it('leaves out undefined and null values', () => {
    expect(formEncode({ a: undefined, b: null, c: { d: undefined }, e: '' })).toBe('e=');
  });

  it('percent-encodes keys and values', () => {
    expect(formEncode({ return_url: 'https://shop.test/done?x=1&y=2' })).toBe('return_url=https%3A%2F%2Fshop.test%2Fdone%3Fx%3D1%26y%3D2');
  });
});
