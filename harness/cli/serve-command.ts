import { EmulatorStartError } from '../emulator/index.ts';
import {
  CheckoutStartError,
  LiveKeyError,
  SettingError,
  StripeKeysError,
  UnknownFaultError,
  parseFaults,
  serveBanner,
  serveReferenceCheckout,
  settingsFromEnv,
  settingsFromOptions,
} from '../checkout/index.ts';
import { exitCode, type Command } from './command.ts';
import { parseCount, parsePort } from './numbers.ts';
import { UsageError } from './usage-error.ts';

const hint = "Run 'link-harness serve --help' for its options.";

/** `link-harness serve`: the emulator and the reference checkout, until Ctrl-C. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the emulator and the reference checkout (a small shop that follows the guide) and print both URLs',
  description: [
    'Starts the Stripe test-mode emulator on 127.0.0.1 (or uses the one already running on',
    "--emulator-port) and the reference checkout on localhost, so that Stripe's frames are",
    'third-party as they are in production. Open the checkout URL, create an account, save a',
    'payment method with Link, and charge it later from the account page or with',
    'POST <checkout>/charge-later. With STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY set to test',
    'keys it runs on real Stripe test mode instead; live keys are refused.',
    '',
    "Faults (for the suite's self-test) come from --faults or LINK_HARNESS_FAULTS; settings from",
    '--email-mode / LINK_HARNESS_EMAIL_MODE and --payment-methods / LINK_HARNESS_PAYMENT_METHODS.',
    'Runs until Ctrl-C or SIGTERM.',
  ].join('\n'),
  options: [
    { name: 'port', kind: 'value', placeholder: 'number', defaultValue: '4242', description: 'Checkout port; 0 picks a free one' },
    { name: 'host', kind: 'value', placeholder: 'address', defaultValue: '127.0.0.1', description: 'Address the checkout listens on (its URL says localhost)' },
    { name: 'https', kind: 'flag', description: 'Serve the checkout over TLS with a self-signed certificate made at start' },
    {
      name: 'emulator-port',
      kind: 'value',
      placeholder: 'number',
      defaultValue: '12111',
      description: 'Emulator port on 127.0.0.1; one already running there is reused',
    },
    {
      name: 'request-log-size',
      kind: 'value',
      placeholder: 'n',
      defaultValue: '50000',
      description: "Requests the started emulator's log keeps; the oldest are forgotten beyond it",
    },
    {
      name: 'webhooks',
      kind: 'flag',
      description: "Register the checkout's /webhook with the emulator (payment_intent.succeeded, payment_intent.payment_failed)",
    },
    {
      name: 'faults',
      kind: 'value',
      placeholder: 'a,b',
      description: 'Named faults to switch on (see README "Reference checkout"); overrides LINK_HARNESS_FAULTS',
    },
    {
      name: 'email-mode',
      kind: 'value',
      placeholder: 'mode',
      defaultValue: 'link-authentication-element',
      description: 'link-authentication-element or prefill (email passed to the Payment Element)',
    },
    {
      name: 'payment-methods',
      kind: 'value',
      placeholder: 'mode',
      defaultValue: 'link-and-card',
      description: 'link-and-card (payment_method_types) or automatic',
    },
  ],
  examples: [
    'npx link-harness serve',
    'npx link-harness serve --port 0 --emulator-port 0',
    'npx link-harness serve --https',
    'npx link-harness serve --faults no-cookie,cookie-year-long',
    'STRIPE_SECRET_KEY=sk_test_… STRIPE_PUBLISHABLE_KEY=pk_test_… npx link-harness serve',
  ],
  async run(options, io) {
    const value = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
    const port = parsePort('serve', value('port') ?? '4242');
    const emulatorPort = parsePort('serve', value('emulator-port') ?? '12111');
    const requestLogSize = parseCount('serve', 'request-log-size', value('request-log-size') ?? '50000', 10_000_000);
    const host = value('host') || undefined;
    let faults, settings;
    try {
      faults = parseFaults(value('faults') ?? process.env.LINK_HARNESS_FAULTS);
      settings = settingsFromOptions(settingsFromEnv(process.env), { emailMode: value('email-mode'), paymentMethods: value('payment-methods') });
    } catch (err) {
      if (err instanceof UnknownFaultError || err instanceof SettingError)
        throw new UsageError(err.message.replace('link-harness checkout:', 'link-harness serve:'), hint);
      throw err;
    }
    let served;
    try {
      served = await serveReferenceCheckout({
        port,
        emulatorPort,
        requestLogSize,
        https: options.https === true,
        webhooks: options.webhooks === true,
        faults,
        settings,
        ...(host ? { host } : {}),
      });
    } catch (err) {
      if (err instanceof LiveKeyError || err instanceof StripeKeysError || err instanceof CheckoutStartError || err instanceof EmulatorStartError) {
        io.err(err.message);
        return exitCode.failed;
      }
      throw err;
    }
    // Listening for Ctrl-C and SIGTERM before the banner: whoever waits for it may stop us at once.
    const stopped = io.untilStopped();
    io.out(serveBanner(served));
    const signal = await stopped;
    await served.close();
    io.err(`link-harness serve: stopped (${signal}).`);
    return exitCode.ok;
  },
};
