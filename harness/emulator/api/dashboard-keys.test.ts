import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

/** A Dashboard-format key of an account: its 17-character account part and a tail of its own. */
const dashboardKey = (prefix: 'sk_test' | 'pk_test' | 'rk_test' | 'sk_live', account: string, tail: string) => `${prefix}_${account}${tail.repeat(4)}`;

describe('keys as Stripe issues them', () => {
  it("a Dashboard key pair is one account: the page's publishable key reads the SetupIntent the server created, and a restricted key sees it too", async () => {
    const account = `51${em.newAccountKey().padEnd(15, 'x').slice(0, 15)}`;
    const server = new Stripe(dashboardKey('sk_test', account, 'Sk1Sk2Sk3Sk4Sk5Sk6'), {
      host: '127.0.0.1',
      port: em.emulator.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const setupIntent = await server.setupIntents.create({});
    const asPage = await em.raw('GET', `/v1/setup_intents/${setupIntent.id}?client_secret=${setupIntent.client_secret}`, {
      key: dashboardKey('pk_test', account, 'Pk9Pk8Pk7Pk6Pk5Pk4'),
    });
    expect(asPage).toMatchObject({ status: 200, body: { id: setupIntent.id, status: 'requires_payment_method' } });

    const restricted = new Stripe(dashboardKey('rk_test', account, 'Rk1Rk2Rk3Rk4Rk5Rk6'), {
      host: '127.0.0.1',
      port: em.emulator.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    expect((await restricted.setupIntents.retrieve(setupIntent.id)).id).toBe(setupIntent.id);
    // The emulator's own style names the same account by its account part.
    expect((await em.stripe(account).setupIntents.retrieve(setupIntent.id)).id).toBe(setupIntent.id);
  });

  it('refuses the live key of the same account, and keeps other accounts apart', async () => {
    const account = `51${em.newAccountKey().padEnd(15, 'y').slice(0, 15)}`;
    const live = await em.raw('GET', '/v1/customers', { key: dashboardKey('sk_live', account, 'Lv1Lv2Lv3Lv4Lv5Lv6') });
    expect(live).toMatchObject({ status: 401, body: { error: { code: 'livemode_mismatch' } } });
    const other = new Stripe(dashboardKey('sk_test', `51${'z'.repeat(15)}`, 'Ot1Ot2Ot3Ot4Ot5Ot6'), {
      host: '127.0.0.1',
      port: em.emulator.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const mine = await em.stripe(account).customers.create({});
    await expect(other.customers.retrieve(mine.id)).rejects.toMatchObject({ code: 'resource_missing' });
  });
});
