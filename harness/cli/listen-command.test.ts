import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.ts';
import type { CliIo } from './command.ts';
import { runCli } from './run-cli.ts';

/** A CliIo that records lines and lets the test stop the command. */
function io() {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (signal: string) => void = () => {};
  const cli: CliIo = { out: (t) => void out.push(t), err: (t) => void err.push(t), untilStopped: () => new Promise((resolve) => (stop = resolve)) };
  return { cli, out, err, stop: () => stop('SIGINT') };
}

let emulator: RunningEmulator;
let shop: Server;
let shopUrl = '';
const bodies: { body: string; signature: string }[] = [];
let failNext = 0;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, webhookRetryDelays: [20] });
  shop = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      bodies.push({ body, signature: req.headers['stripe-signature'] as string });
      res.statusCode = failNext-- > 0 ? 500 : 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  shopUrl = `127.0.0.1:${(shop.address() as AddressInfo).port}/webhook`;
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => shop.close(resolve));
});

const secretOf = (lines: string[]) => /Your webhook signing secret is (whsec_\w+)/.exec(lines.join('\n'))?.[1];

describe('link-harness listen', () => {
  it('registers a forwarding endpoint, prints its secret and one line per delivery, and removes it on Ctrl-C', async () => {
    const account = `listen${Date.now()}`;
    const { cli, out, err, stop } = io();
    const exit = runCli(['listen', '--forward-to', shopUrl, '--emulator', emulator.url, '--account', `sk_test_${account}`], cli);
    await expect.poll(() => secretOf(out)).toMatch(/^whsec_/);
    expect(out[0]).toMatch(/^> Ready! Your webhook signing secret is whsec_\w+ \(\^C to quit\)$/);
    const stripe = new Stripe(`sk_test_${account}`, { host: '127.0.0.1', port: emulator.port, protocol: 'http' });
    failNext = 1;
    const customer = await stripe.customers.create({});
    await expect.poll(() => out.filter((l) => l.includes('customer.created')).length).toBe(2);
    const [event] = (await stripe.events.list()).data;
    const lines = out.filter((l) => l.includes('customer.created'));
    expect(lines[0]).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  <--  \\[500\\] customer\\.created \\[${event!.id}\\] POST http://${shopUrl}; retrying in`),
    );
    expect(lines[1]).toMatch(/\[200\] customer\.created .* \(attempt 2\)$/);
    const verified = new Stripe('sk_test_x').webhooks.constructEvent(bodies.at(-1)!.body, bodies.at(-1)!.signature, secretOf(out)!);
    expect((verified.data.object as Stripe.Customer).id).toBe(customer.id);
    expect((await stripe.webhookEndpoints.list()).data).toHaveLength(1);
    stop();
    expect(await exit).toBe(0);
    expect(err.join('\n')).toMatch(/stopped \(SIGINT\); endpoint we_\w+ removed/);
    expect((await stripe.webhookEndpoints.list()).data).toEqual([]);
  });

  it('forwards only the --events asked for', async () => {
    const account = `listenonly${Date.now()}`;
    const { cli, out, stop } = io();
    const exit = runCli(
      ['listen', '--forward-to', `http://${shopUrl}`, '--events', 'payment_intent.created, charge.succeeded', '--emulator', emulator.url, '--account', account],
      cli,
    );
    await expect.poll(() => secretOf(out)).toMatch(/^whsec_/);
    const stripe = new Stripe(`sk_test_${account}`, { host: '127.0.0.1', port: emulator.port, protocol: 'http' });
    await stripe.customers.create({});
    await stripe.paymentIntents.create({ amount: 100, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, return_url: 'https://x.example' });
    await expect.poll(() => out.filter((l) => l.includes('<--')).length).toBe(2);
    expect(out.filter((l) => l.includes('<--')).map((l) => /\] (\S+) \[evt_/.exec(l)?.[1])).toEqual(
      expect.arrayContaining(['payment_intent.created', 'charge.succeeded']),
    );
    stop();
    expect(await exit).toBe(0);
  });

  it.each([
    [[], /--forward-to <url> is required/],
    [['--forward-to', 'ftp://x.example/hook'], /--forward-to must be an http/],
    [['--forward-to', 'localhost:3000/webhook', '--account', 'sk_live_x'], /--account must be a test-mode key/],
    [['--forward-to', 'localhost:3000/webhook', '--events', 'payment_intent.exploded'], /--events: Invalid enabled_events\[0\]/],
    [['--forward-to', 'localhost:3000/webhook', '--events', ','], /--events names no event types/],
  ])('refuses %j with exit code 2 and a hint', async (args, message) => {
    const { cli, err } = io();
    expect(await runCli(['listen', ...args, '--emulator', emulator.url], cli)).toBe(2);
    expect(err[0]).toMatch(message);
    expect(err[0]).toMatch(/Run 'link-harness listen --help'/);
  });

  it('exits 1 saying how to start the emulator when it cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { cli, err } = io();
    expect(await runCli(['listen', '--forward-to', shopUrl, '--emulator', `http://127.0.0.1:${port}`], cli)).toBe(1);
    expect(err[0]).toMatch(/cannot reach the emulator at http:\/\/127\.0\.0\.1:\d+; start it with 'npx link-harness emulator'/);
  });

  it('explains itself with --help, and emulator --webhook-retry-delays refuses a bad schedule', async () => {
    const help = io();
    expect(await runCli(['listen', '--help'], help.cli)).toBe(0);
    expect(help.out.join('\n')).toMatch(
      /Usage: link-harness listen \[options\][\s\S]*stripe listen --forward-to[\s\S]*--forward-to <url>[\s\S]*--events <types>/,
    );
    const bad = io();
    expect(await runCli(['emulator', '--port', '0', '--webhook-retry-delays', '1h'], bad.cli)).toBe(2);
    expect(bad.err[0]).toMatch(/--webhook-retry-delays: '1h' is not a delay/);
  });
});
