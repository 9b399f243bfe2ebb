import { performance } from 'node:perf_hooks';
import { EmulatorStartError, parseRetryDelays, startEmulator } from '../emulator/index.ts';
import { exitCode, type Command } from './command.ts';
import { emulatorBanner } from './emulator-banner.ts';
import { parseCount, parsePort } from './numbers.ts';
import { UsageError } from './usage-error.ts';

/** `link-harness emulator`: the Stripe test-mode emulator on its own, until Ctrl-C. */
export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Start the Stripe test-mode emulator alone and print how to point Stripe SDKs at it',
  description: [
    'Starts the embedded, stateful Stripe test-mode emulator (Stripe API under /v1, control API',
    'under /_harness) and prints its base URL, a key pair and the settings for stripe-node,',
    'stripe-python and stripe-ruby. Runs until Ctrl-C or SIGTERM.',
  ].join('\n'),
  options: [
    { name: 'port', kind: 'value', placeholder: 'number', defaultValue: '12111', description: 'Port to listen on; 0 picks a free one' },
    { name: 'host', kind: 'value', placeholder: 'address', defaultValue: '127.0.0.1', description: 'Address to listen on (0.0.0.0 for every interface)' },
    {
      name: 'request-log-size',
      kind: 'value',
      placeholder: 'n',
      defaultValue: '50000',
      description: 'Requests GET /_harness/requests keeps; the oldest are forgotten beyond it',
    },
    {
      name: 'webhook-retry-delays',
      kind: 'value',
      placeholder: 'delays',
      defaultValue: '1s,5s,25s,125s',
      description: 'Waits before each retry of a failed webhook delivery (ms, s, m; none for no retries)',
    },
  ],
  examples: ['npx link-harness emulator', 'npx link-harness emulator --port 0', 'npx link-harness emulator --host 0.0.0.0 --port 12112'],
  async run(options, io) {
    const port = parsePort('emulator', typeof options.port === 'string' ? options.port : '12111');
    const host = typeof options.host === 'string' && options.host !== '' ? options.host : '127.0.0.1';
    const requestLogSize = parseCount(
      'emulator',
      'request-log-size',
      typeof options['request-log-size'] === 'string' ? options['request-log-size'] : '50000',
      10_000_000,
    );
    const delays = parseRetryDelays(typeof options['webhook-retry-delays'] === 'string' ? options['webhook-retry-delays'] : '1s,5s,25s,125s');
    if ('error' in delays)
      throw new UsageError(`link-harness emulator: --webhook-retry-delays: ${delays.error}.`, `Run 'link-harness emulator --help' for its options.`);
    let emulator;
    try {
      emulator = await startEmulator({ port, host, requestLogSize, webhookRetryDelays: delays });
    } catch (err) {
      if (!(err instanceof EmulatorStartError)) throw err;
      io.err(err.message);
      return exitCode.failed;
    }
    // Listening for Ctrl-C and SIGTERM before the banner: whoever waits for it may stop us at once.
    const stopped = io.untilStopped();
    // performance.now() counts from process start, so this is the wait a user sees, tsx included.
    io.out(emulatorBanner({ host: emulator.host, port: emulator.port, readyMs: performance.now() }));
    const signal = await stopped;
    await emulator.close();
    io.err(`link-harness emulator: stopped (${signal}).`);
    return exitCode.ok;
  },
};
