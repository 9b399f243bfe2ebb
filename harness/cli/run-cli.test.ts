import { createServer } from 'node:net';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { recordingIo } from './recording-io.ts';
import { commandList, runCli } from './run-cli.ts';

const baseUrlOf = (banner: string) => /Base URL\s+(http:\/\/\S+)/.exec(banner)?.[1];

describe('the command list', () => {
  it('loads, under each name, the command of that name', async () => {
    const loaded = await Promise.all(commandList.map((c) => c.load()));
    expect(loaded.map((c) => c.name)).toEqual(commandList.map((c) => c.name));
  });
});

describe('link-harness help', () => {
  it('lists the commands and global options', async () => {
    const { io, out } = recordingIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Usage: link-harness <command>/);
    expect(out.join('\n')).toMatch(/^\s+emulator\s+\S/m);
    expect(out.join('\n')).toMatch(/^\s+bench\s+\S/m);
  });

  it('shows the same help with no arguments and with `help`', async () => {
    const a = recordingIo();
    const b = recordingIo();
    const c = recordingIo();
    await runCli([], a.io);
    await runCli(['help'], b.io);
    await runCli(['-h'], c.io);
    expect(a.out).toEqual(b.out);
    expect(a.out).toEqual(c.out);
  });

  it("gives each command's usage, options with their defaults, and examples", async () => {
    const { io, out } = recordingIo();
    expect(await runCli(['emulator', '--help'], io)).toBe(0);
    const help = out.join('\n');
    expect(help).toMatch(/Usage: link-harness emulator \[options\]/);
    expect(help).toMatch(/--port <number>.*\(default: 12111\)/);
    expect(help).toMatch(/--host <address>.*\(default: 127\.0\.0\.1\)/);
    expect(help).toMatch(/Examples:\n\s+npx link-harness emulator/);
    const viaHelp = recordingIo();
    await runCli(['help', 'emulator'], viaHelp.io);
    expect(viaHelp.out).toEqual(out);
  });

  it('prints the package version', async () => {
    const { io, out } = recordingIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^\d+\.\d+\.\d+/)]);
  });
});

describe('link-harness usage errors', () => {
  it.each([
    [['emualtor'], /unknown command 'emualtor' \(did you mean 'emulator'\?\)/],
    [['serve-all'], /unknown command 'serve-all'/],
    [['--colour'], /unknown option '--colour'/],
    [['emulator', '--prot', '1'], /unknown option '--prot' \(did you mean --port\?\)/],
    [['emulator', '--verbose'], /unknown option '--verbose'/],
    [['emulator', 'now'], /unexpected argument 'now'/],
    [['emulator', '--port'], /--port needs a value/],
    [['emulator', '--help=yes'], /--help takes no value/],
  ])('%j exits 2 with one error line and a hint', async (argv, message) => {
    const { io, out, err } = recordingIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(out).toEqual([]);
    const [line, hint, ...more] = err.join('\n').split('\n');
    expect(line).toMatch(message);
    expect(hint).toMatch(/^Run 'link-harness .*--help'/);
    expect(more).toEqual([]);
  });

  it.each(['abc', '-1', '65536', '1.5', '', '0x10', '12111abc'])('rejects --port %j', async (port) => {
    const { io, err } = recordingIo();
    expect(await runCli(['emulator', '--port', port], io)).toBe(2);
    expect(err[0]).toMatch(/--port must be a whole number from 0 to 65535/);
  });

  it.each([
    ['--seconds', '0'],
    ['--concurrency', '10000'],
    ['--memory-requests', 'soon'],
    ['--page-loads', '0'],
  ])('rejects bench %s %s', async (flag, value) => {
    const { io, err } = recordingIo();
    expect(await runCli(['bench', flag, value], io)).toBe(2);
    expect(err[0]).toMatch(new RegExp(`${flag} must be a whole number`));
  });

  it('stops bench --page-loads at once, saying why, when there is no browser to load pages in', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const { io, out, err } = recordingIo();
      expect(await runCli(['bench', '--page-loads', '1'], io)).toBe(1);
      expect(err.join('\n')).toMatch(/CHROMIUM_PATH is set to \/nonexistent\/chromium, but no file is there/);
      // Before the throughput workloads, which would have printed their table.
      expect(out).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});

describe('link-harness emulator', () => {
  it('prints a working base URL, keys and SDK settings, and stops cleanly when asked', async () => {
    const { io, err, firstOutput, stop } = recordingIo();
    const exit = runCli(['emulator', '--port', '0'], io);
    const banner = await firstOutput;
    const url = baseUrlOf(banner)!;
    const port = Number(new URL(url).port);
    expect(banner).toMatch(/ready in \d+ ms/);
    expect(banner).toContain('sk_test_linkharness');
    expect(banner).toContain('pk_test_linkharness');
    expect(banner).toContain(`new Stripe('sk_test_linkharness', { host: '127.0.0.1', port: ${port}, protocol: 'http' })`);
    expect(banner).toContain(`stripe.api_base = "${url}"`);
    expect(banner).toContain(`Stripe.api_base = "${url}"`);
    expect(banner).toContain(`${url}/_harness/requests?account=<key>&since=<ms>`);

    const stripe = new Stripe('sk_test_linkharness', { host: '127.0.0.1', port, protocol: 'http' });
    const customer = await stripe.customers.create({ email: 'cli@example.com' });
    expect(customer.object).toBe('customer');
    const health = await fetch(`${url}/_harness/health`);
    expect(health.status).toBe(200);

    stop('SIGTERM');
    expect(await exit).toBe(0);
    expect(err.join('\n')).toMatch(/stopped \(SIGTERM\)/);
    await expect(fetch(`${url}/_harness/health`)).rejects.toThrow();
  });

  it('exits 1 with a one-line error when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const { io, out, err } = recordingIo();
      expect(await runCli(['emulator', '--port', String(port)], io)).toBe(1);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(new RegExp(`^link-harness: port ${port} on 127\\.0\\.0\\.1 is already in use; .*--port`));
      expect(err[0]).not.toContain('\n');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
