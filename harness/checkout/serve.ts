import { registerWebhook } from './register-webhook.ts';
import { EmulatorStartError, startEmulator } from '../emulator/index.ts';
import type { FaultName } from './faults.ts';
import type { CheckoutSettings } from './settings.ts';
import { startCheckout, type RunningCheckout } from './start-checkout.ts';
import { emulatorBackend, stripeBackendFromEnv } from './stripe-backend.ts';

/** What `link-harness serve` asks for. */
export interface ServeOptions {
  port?: number;
  host?: string;
  https?: boolean;
  /** The emulator's port on 127.0.0.1; an emulator already answering there is used as it is. */
  emulatorPort?: number;
  /** How many requests a started emulator's request log keeps (see `startEmulator`). */
  requestLogSize?: number;
  faults?: Iterable<FaultName>;
  settings?: Partial<CheckoutSettings>;
  /**
   * Registers the checkout's `/webhook` with the emulator for `payment_intent.succeeded` and
   * `payment_intent.payment_failed` (removed again on close). On real Stripe, STRIPE_WEBHOOK_SECRET
   * is the secret of the endpoint registered in the Dashboard.
   */
  webhooks?: boolean;
  /** Where STRIPE_SECRET_KEY / STRIPE_PUBLISHABLE_KEY come from. */
  env?: Record<string, string | undefined>;
}

/** The emulator behind a served checkout. */
export interface ServedEmulator {
  url: string;
  /** True when an emulator was already running on the port and is being used as it is. */
  reused: boolean;
}

/** A running reference checkout and the emulator it talks to (none against real Stripe test mode). */
export interface ServedCheckout {
  checkout: RunningCheckout;
  emulator: ServedEmulator | undefined;
  close(): Promise<void>;
}

/** True when a link-harness emulator answers its health check at `url`. */
export async function emulatorAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/_harness/health`, { signal: AbortSignal.timeout(2000) });
    return res.ok && ((await res.json()) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/**
 * Starts an emulator on 127.0.0.1, or uses the one already running on that port (so
 * `npx link-harness emulator` and `npx link-harness serve` can share port 12111).
 */
async function startOrReuseEmulator(port: number, requestLogSize?: number): Promise<{ url: string; reused: boolean; close(): Promise<void> }> {
  try {
    const emulator = await startEmulator({ port, host: '127.0.0.1', ...(requestLogSize !== undefined ? { requestLogSize } : {}) });
    return { url: emulator.url, reused: false, close: emulator.close };
  } catch (err) {
    const url = `http://127.0.0.1:${port}`;
    if (err instanceof EmulatorStartError && port !== 0 && (await emulatorAnswers(url))) return { url, reused: true, close: async () => {} };
    if (err instanceof EmulatorStartError)
      throw new EmulatorStartError(`${err.message} (Nothing there answers as a link-harness emulator at ${url}/_harness/health.)`);
    throw err;
  }
}

/**
 * What `npx link-harness serve` runs: the embedded emulator (started, or reused when one already
 * answers on its port) and the reference checkout talking to it; or, when `STRIPE_SECRET_KEY` and
 * `STRIPE_PUBLISHABLE_KEY` are set, the checkout alone on Stripe's real test mode.
 *
 * @example
 * const served = await serveReferenceCheckout({ port: 4242, emulatorPort: 12111 });
 * console.log(served.checkout.url, served.emulator?.url);
 */
export async function serveReferenceCheckout({
  port = 4242,
  host,
  https,
  emulatorPort = 12111,
  requestLogSize,
  faults,
  settings,
  webhooks = false,
  env = process.env,
}: ServeOptions = {}): Promise<ServedCheckout> {
  const realStripe = stripeBackendFromEnv(env);
  const listen = {
    port,
    ...(env.STRIPE_WEBHOOK_SECRET ? { webhookSecret: env.STRIPE_WEBHOOK_SECRET } : {}),
    ...(host !== undefined ? { host } : {}),
    ...(https !== undefined ? { https } : {}),
    ...(faults ? { faults } : {}),
    ...(settings ? { settings } : {}),
  };
  if (realStripe) {
    const checkout = await startCheckout({ ...listen, backend: realStripe });
    return { checkout, emulator: undefined, close: checkout.close };
  }
  const emulator = await startOrReuseEmulator(emulatorPort, requestLogSize);
  try {
    const checkout = await startCheckout({ ...listen, backend: emulatorBackend({ emulatorUrl: emulator.url }) });
    const webhook = webhooks ? await registerWebhook(checkout, 'link-harness serve: the reference checkout') : undefined;
    return {
      checkout,
      emulator: { url: emulator.url, reused: emulator.reused },
      close: async () => {
        await webhook?.remove();
        await checkout.close();
        await emulator.close();
      },
    };
  } catch (err) {
    await emulator.close();
    throw err;
  }
}
