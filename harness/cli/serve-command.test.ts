import { describe, expect, it } from 'vitest';
import { recordingIo } from './recording-io.ts';
import { runCli } from './run-cli.ts';

describe('link-harness serve', () => {
  it('is listed in the main help and has its own', async () => {
    const main = recordingIo();
    await runCli(['--help'], main.io);
    expect(main.out.join('\n')).toMatch(/^\s+serve\s+\S/m);
    const own = recordingIo();
    expect(await runCli(['serve', '--help'], own.io)).toBe(0);
    const help = own.out.join('\n');
    expect(help).toMatch(/--port <number>.*\(default: 4242\)/);
    expect(help).toMatch(/--emulator-port <number>.*\(default: 12111\)/);
    expect(help).toMatch(/--https\s/);
    expect(help).toMatch(/--faults <a,b>/);
  });

  it('starts both servers, prints their URLs, and stops on the signal', async () => {
    const { io, firstOutput, stop, err } = recordingIo();
    const running = runCli(['serve', '--port', '0', '--emulator-port', '0', '--faults', 'no-cookie'], io);
    const banner = await firstOutput;
    const checkout = /Checkout\s+(http:\/\/localhost:\d+)/.exec(banner)?.[1];
    const emulator = /Emulator\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
    expect(checkout).toBeDefined();
    expect(emulator).toBeDefined();
    expect(await (await fetch(`${checkout}/healthz`)).json()).toMatchObject({ ok: true, faults: ['no-cookie'] });
    expect((await fetch(`${emulator}/_harness/health`)).status).toBe(200);
    stop('SIGTERM');
    expect(await running).toBe(0);
    expect(err.join('\n')).toContain('stopped (SIGTERM)');
  });

  it('refuses an unknown fault with exit code 2 and the list of known ones', async () => {
    const { io, err } = recordingIo();
    expect(await runCli(['serve', '--faults', 'no-cookie,no-kookie'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/link-harness serve: unknown fault 'no-kookie'\. Known faults: no-customer, .*no-privacy-page\./);
  });

  it('reads faults from LINK_HARNESS_FAULTS when --faults is not given', async () => {
    const saved = process.env.LINK_HARNESS_FAULTS;
    process.env.LINK_HARNESS_FAULTS = 'no-privacy-page,unheard-of';
    try {
      const { io, err } = recordingIo();
      expect(await runCli(['serve', '--port', '0', '--emulator-port', '0'], io)).toBe(2);
      expect(err.join('\n')).toContain("unknown fault 'unheard-of'");
    } finally {
      if (saved === undefined) delete process.env.LINK_HARNESS_FAULTS;
      else process.env.LINK_HARNESS_FAULTS = saved;
    }
  });

  it('refuses bad values with exit code 2', async () => {
    for (const args of [
      ['--port', '99999'],
      ['--emulator-port', 'x'],
      ['--email-mode', 'sometimes'],
      ['--payment-methods', 'all'],
    ]) {
      const { io, err } = recordingIo();
      expect(await runCli(['serve', ...args], io)).toBe(2);
      expect(err.join('\n')).toContain('link-harness serve --help');
    }
  });

  it('SAFE-01: refuses live keys with exit code 1 and says why', async () => {
    const saved = { ...process.env };
    process.env.STRIPE_SECRET_KEY = 'sk_live_refuse';
    process.env.STRIPE_PUBLISHABLE_KEY = 'pk_live_refuse';
    try {
      const { io, err, out } = recordingIo();
      expect(await runCli(['serve', '--port', '0', '--emulator-port', '0'], io)).toBe(1);
      expect(err.join('\n')).toMatch(/refusing to start with live-mode keys/);
      expect(out).toEqual([]);
    } finally {
      process.env.STRIPE_SECRET_KEY = saved.STRIPE_SECRET_KEY;
      process.env.STRIPE_PUBLISHABLE_KEY = saved.STRIPE_PUBLISHABLE_KEY;
      if (saved.STRIPE_SECRET_KEY === undefined) delete process.env.STRIPE_SECRET_KEY;
      if (saved.STRIPE_PUBLISHABLE_KEY === undefined) delete process.env.STRIPE_PUBLISHABLE_KEY;
    }
  });
});
