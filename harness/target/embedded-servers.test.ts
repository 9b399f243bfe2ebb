import { describe, expect, it } from 'vitest';
import { linkHarnessBin } from './bin-path.ts';
import { emulatorReadyLine, serveReadyLine } from './ready-lines.ts';
import { embeddedServers } from './embedded-servers.ts';

/** `npx link-harness`, as the servers are started: this checkout's bin, by this Node. */
const linkHarness = `${JSON.stringify(process.execPath)} ${JSON.stringify(linkHarnessBin)}`;

describe('embeddedServers', () => {
  it('starts the emulator and the reference checkout on the default ports, and tells workers where they are', () => {
    const env: NodeJS.ProcessEnv = {};
    const servers = embeddedServers(env, { reuseExistingServer: true });
    expect(servers).toMatchObject({ emulatorUrl: 'http://127.0.0.1:12111', targetUrl: 'http://localhost:4242', referenceCheckout: true });
    // One process: `serve` starts its own emulator on the emulator port.
    expect(servers.webServer.map((s) => [s.command, s.url])).toEqual([
      [`${linkHarness} serve --port 4242 --emulator-port 12111 --webhooks`, 'http://127.0.0.1:4242/healthz'],
    ]);
    expect(env).toEqual({
      LINK_HARNESS_EMULATOR_URL: 'http://127.0.0.1:12111',
      CHARGE_URL: 'http://localhost:4242/charge-later',
      LINK_HARNESS_REFERENCE_CHECKOUT_URL: 'http://localhost:4242',
    });
  });

  it('with CHECKOUT_URL starts the emulator only, and leaves CHARGE_URL to the developer', () => {
    const env: NodeJS.ProcessEnv = { CHECKOUT_URL: 'https://shop.test:8443', LINK_HARNESS_EMULATOR_PORT: '13000' };
    const servers = embeddedServers(env, { reuseExistingServer: false });
    expect(servers).toMatchObject({ emulatorUrl: 'http://127.0.0.1:13000', targetUrl: 'https://shop.test:8443', referenceCheckout: false });
    expect(servers.webServer).toHaveLength(1);
    expect(servers.webServer[0]).toMatchObject({ command: `${linkHarness} emulator --port 13000`, reuseExistingServer: false });
    expect(env.CHARGE_URL).toBeUndefined();
    expect(env.LINK_HARNESS_REFERENCE_CHECKOUT_URL).toBeUndefined();
  });

  it('keeps a CHARGE_URL the developer set, and moves the checkout to LINK_HARNESS_CHECKOUT_PORT', () => {
    const env: NodeJS.ProcessEnv = { CHARGE_URL: 'http://jobs.test/charge', LINK_HARNESS_CHECKOUT_PORT: '5000' };
    expect(embeddedServers(env, { reuseExistingServer: true }).targetUrl).toBe('http://localhost:5000');
    expect(env.CHARGE_URL).toBe('http://jobs.test/charge');
  });

  it('counts each server ready at the first line of its banner, not at the next poll of its URL', () => {
    const [emulator] = embeddedServers({ CHECKOUT_URL: 'http://localhost:3000' }, { reuseExistingServer: true }).webServer;
    const [checkout] = embeddedServers({}, { reuseExistingServer: true }).webServer;
    // The banners start with these lines (harness/cli/banners.test.ts).
    expect(emulator?.wait?.stdout?.test(`${emulatorReadyLine} in 812 ms\n\n  Base URL         http://127.0.0.1:12111`)).toBe(true);
    expect(checkout?.wait?.stdout?.test(`${serveReadyLine}\n\n  Checkout        http://localhost:4242    <- open this`)).toBe(true);
    // Not each other's banner: the checkout is not ready when an emulator is.
    expect(checkout?.wait?.stdout?.test(`${emulatorReadyLine} in 812 ms`)).toBe(false);
    expect(emulator?.wait?.stdout?.test(`${serveReadyLine}`)).toBe(false);
  });

  it('refuses a port variable that is not a port', () => {
    expect(() => embeddedServers({ LINK_HARNESS_EMULATOR_PORT: 'twelve' }, { reuseExistingServer: true })).toThrow(
      'LINK_HARNESS_EMULATOR_PORT=twelve is not a TCP port (1-65535)',
    );
    expect(() => embeddedServers({ LINK_HARNESS_CHECKOUT_PORT: '70000' }, { reuseExistingServer: true })).toThrow(
      'LINK_HARNESS_CHECKOUT_PORT=70000 is not a TCP port',
    );
  });
});
