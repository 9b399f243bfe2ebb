import { testAccountOf } from '../emulator/index.ts';
import { exitCode, type CliIo, type Command } from './command.ts';
import { UsageError } from './usage-error.ts';
import { deliveryLine, type DeliveryAttemptView } from './webhook-delivery-line.ts';

const DEFAULT_EMULATOR = 'http://127.0.0.1:12111';
const DEFAULT_ACCOUNT = 'linkharness';
const POLL_MS = 100;

const usage = (message: string) => new UsageError(`link-harness listen: ${message}`, "Run 'link-harness listen --help' for its options.");

/** `localhost:3000/webhook` as the Stripe CLI reads it: http:// when no scheme is given. */
function forwardUrl(value: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw usage(`--forward-to must be a URL such as http://localhost:3000/webhook, got '${value}'.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usage(`--forward-to must be an http:// or https:// URL, got '${value}'.`);
  return url.href;
}

interface StripeAnswer {
  status: number;
  body: { id?: string; secret?: string; error?: { message?: string; param?: string } };
}

/** Calls the emulator's Stripe API with the account's secret key; undefined when it cannot be reached. */
async function callEmulator(emulator: string, key: string, method: string, path: string, form?: URLSearchParams): Promise<StripeAnswer | undefined> {
  try {
    const res = await fetch(`${emulator}${path}`, {
      method,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      ...(form ? { body: form.toString() } : {}),
    });
    return { status: res.status, body: (await res.json()) as StripeAnswer['body'] };
  } catch {
    return undefined;
  }
}

/** Prints each new delivery attempt to the endpoint until `stopped` settles. */
async function printDeliveries(emulator: string, account: string, endpoint: string, io: CliIo, stopped: Promise<unknown>): Promise<void> {
  let done = false;
  void stopped.then(() => (done = true));
  let after: string | undefined;
  while (!done) {
    const query = new URLSearchParams({ account, webhook_endpoint: endpoint, limit: '100', ...(after ? { starting_after: after } : {}) });
    try {
      const res = await fetch(`${emulator}/_harness/webhook-deliveries?${query}`);
      const page = (await res.json()) as { data?: DeliveryAttemptView[]; has_more?: boolean };
      for (const attempt of page.data ?? []) io.out(deliveryLine(attempt));
      after = page.data?.at(-1)?.id ?? after;
      if (page.has_more) continue;
    } catch {
      // The emulator went away for a moment (restarted): keep listening.
    }
    await Promise.race([new Promise((resolve) => setTimeout(resolve, POLL_MS)), stopped]);
  }
}

/** `link-harness listen`: forwards the emulator's webhooks to a local URL, as `stripe listen --forward-to` does. */
export const listenCommand: Command = {
  name: 'listen',
  summary: "Forward the emulator's signed webhook events to a local URL and print each delivery",
  description: [
    'Registers a webhook endpoint on the emulator for the URL given to --forward-to, prints its',
    'signing secret (whsec_…) for your webhook handler, then one line per delivery: time, the',
    "endpoint's status, event type and id. The Stripe CLI's `stripe listen --forward-to` convention.",
    'Failed deliveries are retried on the emulator schedule (link-harness emulator --webhook-retry-delays).',
    'Ctrl-C removes the endpoint and stops.',
  ].join('\n'),
  options: [
    { name: 'forward-to', kind: 'value', placeholder: 'url', description: 'Where to POST events, e.g. localhost:3000/webhook (required)' },
    {
      name: 'events',
      kind: 'value',
      placeholder: 'types',
      defaultValue: '*',
      description: 'Comma-separated event types to forward, e.g. payment_intent.succeeded,charge.failed',
    },
    { name: 'emulator', kind: 'value', placeholder: 'url', defaultValue: DEFAULT_EMULATOR, description: "The emulator's base URL" },
    {
      name: 'account',
      kind: 'value',
      placeholder: 'key',
      defaultValue: `sk_test_${DEFAULT_ACCOUNT}`,
      description: 'Whose events: a test key (sk_test_<x>) or its <x>',
    },
  ],
  examples: [
    'npx link-harness listen --forward-to localhost:3000/webhook',
    'npx link-harness listen --forward-to http://localhost:3000/webhook --events payment_intent.succeeded,payment_intent.payment_failed',
    'npx link-harness listen --forward-to localhost:4242/webhook --emulator http://127.0.0.1:12112 --account sk_test_shop',
  ],
  async run(options, io) {
    const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
    const forwardTo = text('forward-to');
    if (forwardTo === undefined) throw usage('--forward-to <url> is required: where should events go? e.g. --forward-to localhost:3000/webhook.');
    const url = forwardUrl(forwardTo);
    const emulator = (text('emulator') ?? DEFAULT_EMULATOR).replace(/\/+$/, '');
    const accountKey = text('account') ?? DEFAULT_ACCOUNT;
    const account = testAccountOf(accountKey);
    if (account === undefined) throw usage(`--account must be a test-mode key (sk_test_<x>) or its <x>, got '${accountKey}'.`);
    const events = (text('events') ?? '*')
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    if (events.length === 0) throw usage('--events names no event types; leave it out to forward every event.');
    const key = `sk_test_${account}`;

    const form = new URLSearchParams({ url, description: 'link-harness listen' });
    events.forEach((e, i) => form.append(`enabled_events[${i}]`, e));
    const created = await callEmulator(emulator, key, 'POST', '/v1/webhook_endpoints', form);
    if (!created) {
      io.err(`link-harness listen: cannot reach the emulator at ${emulator}; start it with 'npx link-harness emulator' or pass --emulator <url>.`);
      return exitCode.failed;
    }
    if (created.status !== 200 || !created.body.id || !created.body.secret) {
      const param = created.body.error?.param;
      const message = created.body.error?.message ?? `the emulator answered ${created.status}`;
      if (param?.startsWith('enabled_events')) throw usage(`--events: ${message}`);
      if (param === 'url') throw usage(`--forward-to: ${message}`);
      io.err(`link-harness listen: the emulator refused the webhook endpoint: ${message}`);
      return exitCode.failed;
    }
    const endpoint = created.body.id;
    const stopped = io.untilStopped();
    io.out(`> Ready! Your webhook signing secret is ${created.body.secret} (^C to quit)`);
    io.out(`  Forwarding ${events.join(', ')} events of account ${account} from ${emulator} to ${url} (endpoint ${endpoint})`);
    await printDeliveries(emulator, account, endpoint, io, stopped);
    const signal = await stopped;
    await callEmulator(emulator, key, 'DELETE', `/v1/webhook_endpoints/${endpoint}`);
    io.err(`link-harness listen: stopped (${signal}); endpoint ${endpoint} removed.`);
    return exitCode.ok;
  },
};
