import type { ServedCheckout } from './serve.ts';
import { serveReadyLine } from '../target/ready-lines.ts';

export { serveReadyLine };

/**
 * What `link-harness serve` prints once both servers listen: the URL to open, the emulator, the
 * Stripe keys, the charge-later hook and the faults switched on.
 *
 * @example
 * io.out(serveBanner(served));
 */
export function serveBanner({ checkout, emulator }: ServedCheckout): string {
  const { backend, faults, settings } = checkout.context;
  const stripeLine =
    backend.kind === 'emulator'
      ? `  Emulator        ${emulator?.url ?? backend.emulatorUrl}${emulator?.reused ? ' (already running; used as it is)' : ''}`
      : "  Stripe          real Stripe test mode (STRIPE_SECRET_KEY / STRIPE_PUBLISHABLE_KEY); not exercised by the harness's own tests";
  return [
    `${serveReadyLine}${checkout.https ? ' (https, self-signed certificate: expect a browser warning)' : ''}`,
    '',
    `  Checkout        ${checkout.url}    <- open this`,
    stripeLine,
    `  Keys            ${backend.kind === 'emulator' ? backend.secretKey : `${backend.secretKey.slice(0, 8)}…`} (server) / ${backend.publishableKey} (pages)`,
    `  Stripe.js       ${backend.stripeJsUrl}`,
    `  Charge later    POST ${checkout.url}/charge-later  {"customer":"cus_…","amount":1099,"currency":"usd"}`,
    `  Webhooks        ${checkout.context.webhookSecret ? `POST ${checkout.url}/webhook, signed with ${checkout.context.webhookSecret}` : 'off (--webhooks registers /webhook with the emulator)'}`,
    `  Settings        email: ${settings.emailMode}, payment methods: ${settings.paymentMethods}`,
    `  Faults          ${faults.size === 0 ? 'none' : [...faults].join(', ')}`,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');
}
