import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../emulator/testing.ts';
// @ts-expect-error: plain JavaScript, loaded by foreign Node processes.
import { redirectedFetchInput, redirectedRequestOptions } from './redirect.mjs';

const em = useEmulator();
const register = fileURLToPath(new URL('./register.mjs', import.meta.url));

/** Runs an ES module script in a Node process loaded with the hook, pointed at this test's emulator. */
function runWithHook(script: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', register, '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      env: { ...process.env, LINK_HARNESS_EMULATOR_URL: em.emulator.url },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('the server hook', () => {
  it("rewrites https.request's arguments for Stripe's API hosts only, in both of its forms", () => {
    const emulator = new URL('http://127.0.0.1:12111');
    const agent = new Agent();
    const callback = () => undefined;
    expect(
      redirectedRequestOptions(
        [{ host: 'api.stripe.com', port: '443', path: '/v1/customers', method: 'POST', headers: { a: '1' }, ciphers: 'X' }, callback],
        emulator,
        agent,
      ),
    ).toEqual([
      { host: '127.0.0.1', hostname: '127.0.0.1', port: '12111', path: '/v1/customers', method: 'POST', headers: { a: '1' }, protocol: 'http:', agent },
      callback,
    ]);
    expect(redirectedRequestOptions(['https://api.stripe.com/v1/charges?limit=3', { method: 'GET' }], emulator, agent)?.[0]).toMatchObject({
      host: '127.0.0.1',
      path: '/v1/charges?limit=3',
      method: 'GET',
    });
    expect(redirectedRequestOptions([{ host: 'example.com', path: '/' }], emulator, agent)).toBeUndefined();
    expect(redirectedFetchInput('https://api.stripe.com/v1/customers', emulator)).toBe('http://127.0.0.1:12111/v1/customers');
    expect(redirectedFetchInput('https://example.com/x', emulator)).toBe('https://example.com/x');
  });

  it('sends the body of a client that waits for the TLS handshake (stripe-node 20 and older)', async () => {
    const script = `
      import https from 'node:https';
      const body = 'email=tls-wait%40example.com';
      const req = https.request({ host: 'api.stripe.com', port: 443, path: '/v1/customers', method: 'POST', headers: {
        Authorization: 'Bearer sk_test_serverhook', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length } });
      req.once('socket', (socket) => {
        if (socket.connecting) socket.once('secureConnect', () => { req.write(body); req.end(); });
        else { req.write(body); req.end(); }
      });
      req.on('response', (res) => { let text = ''; res.on('data', (c) => (text += c)); res.on('end', () => console.log(text)); });
    `;
    const run = await runWithHook(script);
    expect(run.code, run.err).toBe(0);
    const customer = JSON.parse(run.out) as { id: string; email: string };
    expect(customer.email).toBe('tls-wait@example.com');
    expect((await em.stripe('serverhook').customers.retrieve(customer.id)).id).toBe(customer.id);
  });

  it('points an unmodified stripe-node client (no host given) at the emulator', async () => {
    const script = `
      import Stripe from 'stripe';
      const stripe = new Stripe('sk_test_serverhook', { maxNetworkRetries: 0 });
      const customer = await stripe.customers.create({ email: 'hook@example.com' });
      const viaFetch = await (await fetch('https://api.stripe.com/v1/customers/' + customer.id, { headers: { Authorization: 'Bearer sk_test_serverhook' } })).json();
      console.log(JSON.stringify({ id: customer.id, fetched: viaFetch.id }));
    `;
    const run = await runWithHook(script);
    expect(run.code, run.err).toBe(0);
    const { id, fetched } = JSON.parse(run.out) as { id: string; fetched: string };
    expect(fetched).toBe(id);
    expect(run.err).toContain(`go to the emulator at ${em.emulator.url}`);
    expect((await em.stripe('serverhook').customers.retrieve(id)).id).toBe(id);
  });
});
