import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

// Reproducers the property test found, kept as plain cases so they stay fixed whatever seed runs.
const em = useEmulator();

describe('requests the robustness test once answered with a 5xx', () => {
  it.each([
    ['an unknown charset', { 'content-type': 'application/x-www-form-urlencoded; charset=klingon' }],
    ['an unsupported Content-Encoding', { 'content-encoding': 'compress' }],
    ['a Content-Encoding list', { 'content-encoding': 'identity, gzip' }],
  ])('answers %s with a Stripe-shaped 400', async (_, headers) => {
    const res = await em.raw('POST', '/v1/customers', { key: `sk_test_${em.newAccountKey()}`, body: 'email=a%40example.com', headers });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', message: expect.any(String) });
  });

  it('answers broken percent-encoding in a path parameter with a Stripe-shaped 400', async () => {
    const res = await em.raw('GET', '/v1/customers/%C3%28', { key: `sk_test_${em.newAccountKey()}` });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error' });
  });
});
