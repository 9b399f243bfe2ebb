import type { RunningCheckout } from './start-checkout.ts';

/**
 * Registers the checkout's `/webhook` with the emulator for the later-charge events, as a shop does
 * in the Dashboard, and hands the checkout the endpoint's signing secret. Resolves with how to
 * remove the endpoint again when the checkout stops.
 *
 * @example
 * const webhook = await registerWebhook(checkout, 'link-harness serve: the reference checkout');
 * // …
 * await webhook.remove();
 */
export async function registerWebhook(checkout: RunningCheckout, description: string): Promise<{ remove(): Promise<void> }> {
  const url = new URL('/webhook', checkout.url);
  // The checkout's URL says localhost; the emulator reaches it on the address it listens on.
  if (url.hostname === 'localhost') url.hostname = checkout.host === '::1' ? '[::1]' : '127.0.0.1';
  const endpoint = await checkout.context.backend.stripe.webhookEndpoints.create({
    url: url.href,
    enabled_events: ['payment_intent.succeeded', 'payment_intent.payment_failed'],
    description,
  });
  checkout.context.webhookSecret = endpoint.secret;
  const stripe = checkout.context.backend.stripe;
  return {
    remove: () =>
      stripe.webhookEndpoints.del(endpoint.id).then(
        () => undefined,
        () => undefined,
      ),
  };
}
