import type Stripe from 'stripe';

/**
 * One account's webhook endpoints, oldest first, with their signing secrets (`whsec_…`), which
 * Stripe shows only in the create answer and so are kept beside the objects, not on them.
 */
export class WebhookEndpoints {
  readonly byId = new Map<string, Stripe.WebhookEndpoint>();
  private readonly secrets = new Map<string, string>();

  add(endpoint: Stripe.WebhookEndpoint, secret: string): void {
    this.byId.set(endpoint.id, endpoint);
    this.secrets.set(endpoint.id, secret);
  }

  delete(id: string): void {
    this.byId.delete(id);
    this.secrets.delete(id);
  }

  /** The secret deliveries to an endpoint are signed with. */
  secretOf(id: string): string | undefined {
    return this.secrets.get(id);
  }

  /** Enabled endpoints that listen for `type` (by name or `*`), oldest first. */
  subscribedTo(type: string): Stripe.WebhookEndpoint[] {
    return [...this.byId.values()].filter((e) => e.status === 'enabled' && (e.enabled_events.includes('*') || e.enabled_events.includes(type)));
  }
}
