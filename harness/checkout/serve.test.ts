import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { EmulatorStartError, startEmulator } from '../emulator/index.ts';
import { serveBanner, serveReadyLine } from './banner.ts';
import { serveReferenceCheckout } from './serve.ts';
import { CheckoutStartError } from './start-checkout.ts';
import { LiveKeyError, StripeKeysError } from './stripe-backend.ts';

const health = async (url: string) => (await fetch(`${url}/healthz`)).json();

describe('serveReferenceCheckout (`link-harness serve`)', () => {
  it('starts the emulator on 127.0.0.1 and the checkout on localhost, talking to it', async () => {
    const served = await serveReferenceCheckout({ port: 0, emulatorPort: 0, env: {} });
    try {
      expect(served.checkout.url).toMatch(/^http:\/\/localhost:\d+$/);
      expect(served.emulator).toEqual({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), reused: false });
      expect(await health(served.checkout.url)).toMatchObject({ ok: true, backend: 'emulator' });
      expect((await fetch(`${served.emulator!.url}/_harness/health`)).status).toBe(200);
      const banner = serveBanner(served);
      expect(banner.split('\n')[0]).toBe(serveReadyLine);
      expect(banner).toContain(`Checkout        ${served.checkout.url}`);
      expect(banner).toContain(`Emulator        ${served.emulator!.url}`);
      expect(banner).toContain(`POST ${served.checkout.url}/charge-later`);
      expect(banner).toContain('Faults          none');
    } finally {
      await served.close();
    }
    await expect(fetch(`${served.emulator!.url}/_harness/health`)).rejects.toThrow();
  });

  it('uses an emulator already running on the port, and leaves it running', async () => {
    const emulator = await startEmulator({ port: 0 });
    try {
      const served = await serveReferenceCheckout({ port: 0, emulatorPort: emulator.port, env: {}, faults: ['no-cookie'] });
      expect(served.emulator).toEqual({ url: emulator.url, reused: true });
      expect(serveBanner(served)).toMatch(/already running; used as it is/);
      expect(serveBanner(served)).toContain('Faults          no-cookie');
      await served.close();
      expect((await fetch(`${emulator.url}/_harness/health`)).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it('fails clearly when the emulator port is taken by something else, and when the checkout port is taken', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as { port: number }).port;
    try {
      const err = await serveReferenceCheckout({ port: 0, emulatorPort: port, env: {} }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EmulatorStartError);
      expect((err as Error).message).toContain('already in use');
      const busy = await serveReferenceCheckout({ port, emulatorPort: 0, env: {} }).catch((e: unknown) => e);
      expect(busy).toBeInstanceOf(CheckoutStartError);
    } finally {
      other.close();
    }
  });

  it('serves over https with a certificate made at start', async () => {
    const served = await serveReferenceCheckout({ port: 0, emulatorPort: 0, https: true, env: {} });
    try {
      expect(served.checkout.url).toMatch(/^https:\/\/localhost:\d+$/);
      expect(served.checkout.certificate?.cert).toMatch(/^-----BEGIN CERTIFICATE-----/);
      const { X509Certificate } = await import('node:crypto');
      const cert = new X509Certificate(served.checkout.certificate!.cert);
      expect(cert.checkHost('localhost')).toBe('localhost');
      expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
      expect(serveBanner(served)).toContain('https, self-signed certificate');
    } finally {
      await served.close();
    }
  });

  it('SAFE-01: refuses live keys from the environment before starting anything', async () => {
    await expect(
      serveReferenceCheckout({ port: 0, emulatorPort: 0, env: { STRIPE_SECRET_KEY: 'sk_live_x', STRIPE_PUBLISHABLE_KEY: 'pk_live_x' } }),
    ).rejects.toThrow(LiveKeyError);
    await expect(serveReferenceCheckout({ port: 0, emulatorPort: 0, env: { STRIPE_SECRET_KEY: 'sk_test_x' } })).rejects.toThrow(StripeKeysError);
  });

  it('with test keys, runs on real Stripe test mode and loads js.stripe.com (not exercised against Stripe here)', async () => {
    const served = await serveReferenceCheckout({
      port: 0,
      emulatorPort: 0,
      env: { STRIPE_SECRET_KEY: 'sk_test_not_used', STRIPE_PUBLISHABLE_KEY: 'pk_test_not_used' },
    });
    try {
      expect(served.emulator).toBeUndefined();
      expect(await health(served.checkout.url)).toMatchObject({ backend: 'stripe-test-mode', publishable_key: 'pk_test_not_used' });
      expect(served.checkout.context.backend.stripeJsUrl).toBe('https://js.stripe.com/v3');
      const banner = serveBanner(served);
      expect(banner).toContain('real Stripe test mode');
      expect(banner).not.toContain('sk_test_not_used');
    } finally {
      await served.close();
    }
  });
});
