import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../emulator/index.ts';
import { serveBanner } from './banner.ts';
import { serveReferenceCheckout } from './serve.ts';
import { referenceCheckoutAccount } from './stripe-backend.ts';

describe('serveReferenceCheckout({ webhooks: true }) (`link-harness serve --webhooks`)', () => {
  it("registers the checkout's /webhook with the emulator, which delivers later-charge outcomes to it, and removes it on close", async () => {
    const emulator = await startEmulator({ port: 0 });
    try {
      const served = await serveReferenceCheckout({ port: 0, emulatorPort: emulator.port, env: {}, webhooks: true });
      const stripe = new Stripe(`sk_test_${referenceCheckoutAccount}`, { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
      try {
        const secret = served.checkout.context.webhookSecret;
        expect(secret).toMatch(/^whsec_/);
        expect(serveBanner(served)).toContain(`POST ${served.checkout.url}/webhook, signed with ${secret}`);
        const [endpoint] = (await stripe.webhookEndpoints.list()).data;
        expect(endpoint).toMatchObject({
          url: `http://127.0.0.1:${served.checkout.port}/webhook`,
          enabled_events: ['payment_intent.succeeded', 'payment_intent.payment_failed'],
        });
        const customer = await stripe.customers.create({});
        await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
        const res = await fetch(`${served.checkout.url}/charge-later`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ customer: customer.id, amount: 700, currency: 'usd' }),
        });
        expect(res.status).toBe(200);
        await expect
          .poll(async () => {
            const page = (await fetch(`${emulator.url}/_harness/webhook-deliveries?account=${referenceCheckoutAccount}`).then((r) => r.json())) as {
              data: { event_type: string; status_code: number | null }[];
            };
            return page.data.map((d) => [d.event_type, d.status_code]);
          })
          .toEqual([['payment_intent.succeeded', 200]]);
        expect(served.checkout.context.attempts.forCustomer(customer.id)).toHaveLength(1);
      } finally {
        await served.close();
      }
      expect((await stripe.webhookEndpoints.list()).data).toEqual([]);
    } finally {
      await emulator.close();
    }
  });

  it('leaves webhooks off unless asked', async () => {
    const served = await serveReferenceCheckout({ port: 0, emulatorPort: 0, env: {} });
    try {
      expect(served.checkout.context.webhookSecret).toBeUndefined();
      expect(serveBanner(served)).toMatch(/Webhooks\s+off \(--webhooks/);
    } finally {
      await served.close();
    }
  });
});
