import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { linkHarnessBin } from '../target/bin-path.ts';

const bin = fileURLToPath(new URL('../../bin/link-harness.js', import.meta.url));

/** Runs `link-harness emulator --port 0` as a user would and waits for its banner. */
function startCli() {
  const child = spawn(process.execPath, [bin, 'emulator', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const banner = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Press Ctrl-C to stop.')) resolve(stdout);
    });
    void exited.then((code) => reject(new Error(`exited ${code} before its banner: ${stderr}`)));
  });
  return { child, banner, exited, stderr: () => stderr };
}

describe('bin/link-harness.js', () => {
  it('is the file linkHarnessBin names for child processes', () => {
    expect(linkHarnessBin).toBe(bin);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('starts the emulator from TypeScript with no build step, and %s stops it with exit code 0', async (signal) => {
    const cli = startCli();
    const banner = await cli.banner;
    const url = /Base URL\s+(\S+)/.exec(banner)![1]!;
    expect((await fetch(`${url}/_harness/health`)).status).toBe(200);
    cli.child.kill(signal);
    expect(await cli.exited).toBe(0);
    expect(cli.stderr()).toContain(`stopped (${signal})`);
  });

  it("serves the guide's flow to an unmodified stripe-node: set up with Link and card, then charge off-session", async () => {
    const cli = startCli();
    try {
      const url = new URL(/Base URL\s+(\S+)/.exec(await cli.banner)![1]!);
      const stripe = new Stripe('sk_test_binflow', { host: url.hostname, port: Number(url.port), protocol: 'http' });
      const customer = await stripe.customers.create({ email: 'flow@example.com' });
      // The guide's parameter; stripe-node 23's types call it allowed_payment_method_types.
      const params = { customer: customer.id, payment_method_types: ['link', 'card'] } as Stripe.SetupIntentCreateParams;
      const si = await stripe.setupIntents.create(params);
      const confirmed = await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
      expect(confirmed.status).toBe('succeeded');
      const visa = await stripe.paymentMethods.retrieve(confirmed.payment_method as string);
      expect(visa.customer).toBe(customer.id);
      const threeDs = await stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customer.id });
      const listed = await stripe.customers.listPaymentMethods(customer.id);
      expect(listed.data.map((pm) => pm.id).sort()).toEqual([visa.id, threeDs.id].sort());
      const charge = (payment_method: string) =>
        stripe.paymentIntents.create({ amount: 1999, currency: 'usd', customer: customer.id, payment_method, confirm: true, off_session: true });
      expect((await charge(visa.id)).status).toBe('succeeded');
      const err = await charge(threeDs.id).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
      expect(err).toMatchObject({ code: 'authentication_required', payment_intent: { status: 'requires_payment_method' } });
    } finally {
      cli.child.kill('SIGTERM');
      await cli.exited;
    }
  });

  it('exits 2 on an unknown command', async () => {
    const child = spawn(process.execPath, [bin, 'selftset'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^link-harness: unknown command 'selftset'/);
  });
});
