// Webhook endpoints as Stripe sees them: the shop's own (registered with Stripe for the checkout's
// address), deliveries forged the way an attacker would send them, and whether Stripe's own event
// reached the shop (the emulator's delivery attempts; on Stripe, the event's pending_webhooks).
import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import { expect, type Target } from '../../fixtures/index.ts';

const loopback = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The same server: the same port, and the same host (every loopback name counts as one). */
function sameServer(a: URL, b: URL): boolean {
  if (a.port !== b.port || a.protocol !== b.protocol) return false;
  return a.hostname === b.hostname || (loopback.has(a.hostname) && loopback.has(b.hostname));
}

/**
 * The enabled webhook endpoints of the shop's Stripe account that point at the checkout's own
 * server (others, such as a `link-harness listen` forwarder, are not the shop's to judge).
 */
export async function shopWebhookEndpoints(stripe: Stripe, checkoutUrl: string): Promise<Stripe.WebhookEndpoint[]> {
  const shop = new URL(checkoutUrl);
  const all = await stripe.webhookEndpoints.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
  return all.filter((e) => e.status === 'enabled' && sameServer(new URL(e.url), shop));
}

/** Whether an endpoint is sent `type` events. */
export const subscribesTo = (endpoint: Stripe.WebhookEndpoint, type: string): boolean =>
  endpoint.enabled_events.includes('*') || endpoint.enabled_events.includes(type);

/** An event no Stripe sent: a PaymentIntent that does not exist "succeeded", as a forger would claim. */
export function forgedEvent(): string {
  const now = Math.floor(Date.now() / 1000);
  const pi = `pi_forged${randomBytes(8).toString('hex')}`;
  return JSON.stringify({
    id: `evt_forged${randomBytes(8).toString('hex')}`,
    object: 'event',
    created: now,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: 'payment_intent.succeeded',
    data: { object: { id: pi, object: 'payment_intent', amount: 1099, currency: 'usd', status: 'succeeded', livemode: false } },
  });
}

/** A `Stripe-Signature` header as Stripe writes it (stripe-node's own test header), signed with a secret that is not the endpoint's. */
export const signatureWithAnotherSecret = (stripe: Stripe, body: string): string =>
  stripe.webhooks.generateTestHeaderString({ payload: body, secret: `whsec_${randomBytes(24).toString('hex')}` });

/** Stripe's event of `type` about `objectId`, created since `since` (ms), once Stripe has it. */
export async function eventAbout(stripe: Stripe, type: string, objectId: string, since: number, message: string): Promise<Stripe.Event> {
  let found: Stripe.Event | undefined;
  await expect
    .poll(
      async () => {
        const events = stripe.events.list({ type, created: { gte: Math.floor(since / 1000) - 60 }, limit: 100 });
        found = (await events.autoPagingToArray({ limit: 10_000 })).find((e) => (e.data.object as { id?: string }).id === objectId);
        return found !== undefined;
      },
      { message },
    )
    .toBe(true);
  return found!;
}

/**
 * Waits until Stripe has delivered `event` to `endpoint` and the shop answered with a 2xx, and
 * resolves with what the shop answered to each attempt (`201`, `400`, `ECONNREFUSED`…). On the
 * emulator it reads the delivery attempts; on Stripe, where those are not readable, it waits for the
 * event's `pending_webhooks` to reach 0.
 */
export async function deliveryOutcome(
  target: Target,
  stripe: Stripe,
  account: string | undefined,
  event: Stripe.Event,
  endpoint: Stripe.WebhookEndpoint,
): Promise<{ delivered: boolean; answers: string[] }> {
  const answers: string[] = [];
  let delivered = false;
  const read = async () => {
    if (target.backend.kind === 'emulator') {
      const url = new URL('/_harness/webhook-deliveries', target.backend.url);
      url.search = new URLSearchParams({ ...(account ? { account } : {}), event: event.id, webhook_endpoint: endpoint.id, limit: '100' }).toString();
      const page = (await (await fetch(url)).json()) as { data: { status_code: number | null; error: string | null; delivered: boolean }[] };
      answers.splice(0, answers.length, ...page.data.map((a) => (a.status_code !== null ? String(a.status_code) : (a.error ?? 'no answer'))));
      delivered = page.data.some((a) => a.delivered);
    } else {
      delivered = (await stripe.events.retrieve(event.id)).pending_webhooks === 0;
    }
    return delivered;
  };
  await expect
    .poll(read, { timeout: 15_000 })
    .toBe(true)
    .catch(() => undefined);
  return { delivered, answers };
}
