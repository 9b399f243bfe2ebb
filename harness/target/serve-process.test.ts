import { describe, expect, it } from 'vitest';
import { servedUrls, startServeProcess } from './serve-process.ts';

describe('servedUrls', () => {
  const banner = [
    'link-harness serve: reference checkout ready',
    '',
    '  Checkout        http://localhost:42985    <- open this',
    '  Emulator        http://127.0.0.1:38951 (already running; used as it is)',
    '  Stripe.js       http://127.0.0.1:38951/v3',
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');

  it("reads the checkout's and the emulator's URLs once both lines are there", () => {
    expect(servedUrls(banner)).toEqual({ checkoutUrl: 'http://localhost:42985', emulatorUrl: 'http://127.0.0.1:38951' });
    expect(servedUrls(banner.slice(0, banner.indexOf('  Emulator')))).toBeNull();
  });
});

describe('startServeProcess', () => {
  it('serves the reference checkout on the emulator it started, and close() stops it', async () => {
    const served = await startServeProcess(['--port', '0', '--emulator-port', '0']);
    try {
      expect((await fetch(`${served.checkoutUrl}/healthz`)).ok).toBe(true);
      expect((await fetch(`${served.emulatorUrl}/v3`)).ok).toBe(true);
    } finally {
      await served.close();
    }
    await expect(fetch(`${served.checkoutUrl}/healthz`)).rejects.toThrow();
  });

  it('rejects with what serve printed when it exits before it is ready', async () => {
    await expect(startServeProcess(['--port', 'abc'])).rejects.toThrow(
      /`link-harness serve --port abc` exited \(code 2\) before it was ready\. It printed:\n[^]*--port/,
    );
  });
});
