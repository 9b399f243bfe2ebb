import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request as playwrightRequest } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import type { CheckoutAdapter } from './glossary.ts';
import { referenceCheckoutAdapter } from './reference-adapter.ts';
import { defaultEmulatorUrl, referenceCheckoutUrl, resolveTarget, targetAccount, TargetError } from './resolve.ts';

const refused = (env: Record<string, string>, config = {}) => {
  try {
    resolveTarget(env, config);
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected resolveTarget to refuse');
};

describe('resolveTarget', () => {
  it('with nothing set: the embedded reference checkout on the emulator, its /charge-later hook, the reference adapter', () => {
    const target = resolveTarget({});
    expect(target).toMatchObject({
      checkout: { kind: 'reference', url: referenceCheckoutUrl },
      backend: { kind: 'emulator', url: defaultEmulatorUrl },
      chargeUrl: `${referenceCheckoutUrl}/charge-later`,
    });
    expect(target.backend).not.toHaveProperty('account');
    expect(target.adapter).toEqual({ ...referenceCheckoutAdapter, chargeLater: expect.any(Function) });
    expect(target).not.toHaveProperty('configFile');
    expect(resolveTarget({ LINK_HARNESS_REFERENCE_CHECKOUT_URL: 'http://localhost:4400' })).toMatchObject({
      checkout: { kind: 'reference', url: 'http://localhost:4400' },
      chargeUrl: 'http://localhost:4400/charge-later',
    });
  });

  it('CHECKOUT_URL with the emulator: that checkout, the account from LINK_HARNESS_ACCOUNT (any key form), no charge hook unless told', () => {
    expect(
      resolveTarget({ CHECKOUT_URL: 'http://localhost:3000/', LINK_HARNESS_ACCOUNT: 'sk_test_myshop', LINK_HARNESS_EMULATOR_URL: 'http://127.0.0.1:5000' }),
    ).toMatchObject({
      checkout: { kind: 'external', url: 'http://localhost:3000' },
      backend: { kind: 'emulator', url: 'http://127.0.0.1:5000', account: 'myshop' },
    });
    expect(resolveTarget({ CHECKOUT_URL: 'http://localhost:3000' }).chargeUrl).toBeUndefined();
    expect(resolveTarget({ CHECKOUT_URL: 'https://shop.test', CHARGE_URL: 'https://shop.test/jobs/charge' }).chargeUrl).toBe('https://shop.test/jobs/charge');
    expect(resolveTarget({ LINK_HARNESS_ACCOUNT: 'pk_test_a1' }).backend).toMatchObject({ account: 'a1' });
    expect(resolveTarget({ LINK_HARNESS_ACCOUNT: 'plain_key' }).backend).toMatchObject({ account: 'plain_key' });
  });

  it('STRIPE_SECRET_KEY (test): live Stripe test mode, with or without CHECKOUT_URL', () => {
    expect(resolveTarget({ STRIPE_SECRET_KEY: 'sk_test_real', STRIPE_PUBLISHABLE_KEY: 'pk_test_real' }).backend).toEqual({
      kind: 'stripe-test-mode',
      secretKey: 'sk_test_real',
      publishableKey: 'pk_test_real',
    });
    expect(resolveTarget({ STRIPE_SECRET_KEY: 'rk_test_restricted', CHECKOUT_URL: 'https://shop.test' })).toMatchObject({
      checkout: { kind: 'external' },
      backend: { kind: 'stripe-test-mode', secretKey: 'rk_test_restricted' },
    });
  });

  it('refuses live keys wherever they come from, naming the variable and test mode, never the key', () => {
    const cases: [Record<string, string>, object, string][] = [
      [{ STRIPE_SECRET_KEY: 'sk_live_abcdef123456' }, {}, 'STRIPE_SECRET_KEY'],
      [{ STRIPE_SECRET_KEY: 'sk_test_ok', STRIPE_PUBLISHABLE_KEY: 'pk_live_abcdef123456' }, {}, 'STRIPE_PUBLISHABLE_KEY'],
      [{ STRIPE_SECRET_KEY: 'rk_live_abcdef123456' }, {}, 'STRIPE_SECRET_KEY'],
      [{ LINK_HARNESS_ACCOUNT: 'sk_live_abcdef123456' }, {}, 'LINK_HARNESS_ACCOUNT'],
      [{}, { account: 'sk_live_abcdef123456' }, 'link-harness.config.ts'],
    ];
    for (const [env, config, where] of cases) {
      const err = refused(env, config);
      expect(err).toBeInstanceOf(TargetError);
      expect(err.message).toContain(where);
      expect(err.message).toMatch(/test mode only/);
      expect(err.message).not.toContain('abcdef123456');
    }
  });

  it('refuses half or malformed setups with a TargetError', () => {
    for (const env of <Record<string, string>[]>[
      { STRIPE_PUBLISHABLE_KEY: 'pk_test_only' },
      { STRIPE_SECRET_KEY: 'pk_test_wrong_kind' },
      { CHECKOUT_URL: 'localhost:3000' },
      { CHECKOUT_URL: 'ftp://shop.test' },
      { CHARGE_URL: '/charge-later' },
      { LINK_HARNESS_ACCOUNT: 'sk_test_bad key!' },
      { LINK_HARNESS_EMULATOR_URL: 'nope' },
    ])
      expect(refused(env)).toBeInstanceOf(TargetError);
  });

  it('takes account, chargeUrl and checkout steps from the config; the environment wins', () => {
    const signUp: CheckoutAdapter['signUp'] = async () => {};
    const target = resolveTarget(
      { CHECKOUT_URL: 'http://localhost:3000' },
      { account: 'cfgshop', chargeUrl: 'http://localhost:3000/charge', checkout: { signUp } },
      '/x/link-harness.config.ts',
    );
    expect(target).toMatchObject({ backend: { account: 'cfgshop' }, chargeUrl: 'http://localhost:3000/charge', configFile: '/x/link-harness.config.ts' });
    expect(target.adapter.signUp).toBe(signUp);
    expect(target.adapter.openSavePage).toBe(referenceCheckoutAdapter.openSavePage);
    // The reference checkout's account page is where its records are; another checkout reads its own, or none.
    expect(target.adapter.readChargeRecord).toBeUndefined();
    expect(target.adapter.openAuthentication).toBe(referenceCheckoutAdapter.openAuthentication);
    const readChargeRecord: NonNullable<CheckoutAdapter['readChargeRecord']> = async () => ({ outcome: 'succeeded' });
    expect(resolveTarget({ CHECKOUT_URL: 'http://localhost:3000' }, { checkout: { readChargeRecord } }).adapter.readChargeRecord).toBe(readChargeRecord);
    expect(resolveTarget({ LINK_HARNESS_ACCOUNT: 'envshop', CHARGE_URL: 'http://h/c' }, { account: 'cfgshop', chargeUrl: 'http://h/other' })).toMatchObject({
      backend: { account: 'envshop' },
      chargeUrl: 'http://h/c',
    });
  });
});

describe('the default chargeLater step', () => {
  it("posts the charge as JSON to the target's hook and keeps its status, JSON and text, whatever it answered", async () => {
    const received: string[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(`${req.method} ${req.url} ${req.headers['content-type']} ${body}`);
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end('{"error":"busy"}');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`;
    const request = await playwrightRequest.newContext();
    try {
      const target = resolveTarget({ CHECKOUT_URL: url, CHARGE_URL: `${url}/jobs/charge` });
      const answer = await target.adapter.chargeLater(request, { customer: 'cus_1', amount: 1099, currency: 'usd' });
      expect(answer).toEqual({ status: 503, body: { error: 'busy' }, text: '503 {"error":"busy"}' });
      expect(received).toEqual(['POST /jobs/charge application/json {"customer":"cus_1","amount":1099,"currency":"usd"}']);
      await expect(resolveTarget({ CHECKOUT_URL: url }).adapter.chargeLater(request, { customer: 'cus_1', amount: 1, currency: 'usd' })).rejects.toThrow(
        /has no charge-later hook to call: set CHARGE_URL .* or give checkout\.chargeLater/,
      );
    } finally {
      await request.dispose();
      await new Promise((resolve) => hook.close(resolve));
    }
  });
});

describe('targetAccount', () => {
  async function checkoutAnswering(status: number, body: string) {
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/healthz' ? status : 404, { 'content-type': 'application/json' });
      res.end(req.url === '/healthz' ? body : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it("asks the reference checkout's /healthz when no account was given; a given account wins; live mode has none", async () => {
    const checkout = await checkoutAnswering(200, JSON.stringify({ ok: true, backend: 'emulator', publishable_key: 'pk_test_reference_checkout' }));
    try {
      const target = resolveTarget({ CHECKOUT_URL: checkout.url });
      expect(await targetAccount(target)).toBe('reference_checkout');
      expect(await targetAccount(resolveTarget({ CHECKOUT_URL: checkout.url, LINK_HARNESS_ACCOUNT: 'told' }))).toBe('told');
      expect(await targetAccount(resolveTarget({ CHECKOUT_URL: checkout.url, STRIPE_SECRET_KEY: 'sk_test_x' }))).toBeUndefined();
    } finally {
      await checkout.close();
    }
  });

  it('is undefined when the checkout cannot tell (no /healthz, no key in it, or nothing listening)', async () => {
    for (const [status, body] of [
      [404, '{}'],
      [200, '{"ok":true}'],
      [200, 'not json'],
    ] as const) {
      const checkout = await checkoutAnswering(status, body);
      try {
        expect(await targetAccount(resolveTarget({ CHECKOUT_URL: checkout.url }))).toBeUndefined();
      } finally {
        await checkout.close();
      }
    }
    expect(await targetAccount(resolveTarget({ CHECKOUT_URL: 'http://127.0.0.1:9' }))).toBeUndefined();
  });

  it('refuses a live publishable key a checkout reports', async () => {
    const checkout = await checkoutAnswering(200, JSON.stringify({ publishable_key: 'pk_live_abcdef123456' }));
    try {
      await expect(targetAccount(resolveTarget({ CHECKOUT_URL: checkout.url }))).rejects.toBeInstanceOf(TargetError);
    } finally {
      await checkout.close();
    }
  });
});
