import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();
const form = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('reading the request body', () => {
  it('decodes a UTF-8 form, dropping a leading byte-order mark as body-parser did', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const res = await em.raw('POST', '/v1/customers', { key, headers: form, body: '\uFEFFname=Zo%C3%AB&email=zoe%40example.com' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Zoë', email: 'zoe@example.com' });
  });

  it('answers 413 past 1 MB, Stripe-shaped', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const res = await em.raw('POST', '/v1/customers', { key, headers: form, body: `description=${'a'.repeat(1024 * 1024 + 1)}` });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', message: 'Request body too large (limit 1 MB).' });
  });

  it('still decodes a gzip body and refuses an unknown charset', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const zipped = await fetch(`${em.emulator.url}/v1/customers`, {
      method: 'POST',
      headers: { ...form, Authorization: `Bearer ${key}`, 'Content-Encoding': 'gzip' },
      body: gzipSync('email=zipped%40example.com'),
    });
    expect(zipped.status).toBe(200);
    expect(((await zipped.json()) as { email: string }).email).toBe('zipped@example.com');
    const klingon = await em.raw('POST', '/v1/customers', {
      key,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=klingon' },
      body: 'email=a%40b.c',
    });
    expect(klingon.status).toBe(400);
  });
});
