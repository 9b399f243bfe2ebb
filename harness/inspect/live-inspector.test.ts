import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { InspectionUnavailableError } from './glossary.ts';
import { LiveInspector } from './live-inspector.ts';

/** A stand-in for stripe-node that records list parameters and answers from fixed objects. */
function fakeStripe(objects: {
  setupIntents: { id: string; created: number; customer: string }[];
  customers: { id: string; created: number; email: string }[];
}) {
  const asked: { resource: string; params: Record<string, unknown> }[] = [];
  const list = (resource: string, all: { id: string; created: number }[]) => async (params: Record<string, unknown>) => {
    asked.push({ resource, params });
    const gte = (params.created as { gte?: number } | undefined)?.gte ?? 0;
    const data = all.filter(
      (o) => o.created >= gte && Object.entries(params).every(([k, v]) => !['customer', 'email'].includes(k) || (o as Record<string, unknown>)[k] === v),
    );
    return { object: 'list', has_more: false, data: [...data].reverse() };
  };
  const stripe = {
    setupIntents: { list: list('setup_intents', objects.setupIntents) },
    customers: { list: list('customers', objects.customers) },
  } as unknown as Stripe;
  return { stripe, asked };
}

describe('LiveInspector (Stripe test mode; not exercised against Stripe here)', () => {
  it('has no request log: calls() rejects with InspectionUnavailableError, and capabilities say so', async () => {
    const inspector = new LiveInspector({ secretKey: 'sk_test_shop' });
    expect(inspector.mode).toBe('stripe-test-mode');
    expect(inspector.capabilities).toEqual({ requestLog: false, linkAccounts: false });
    const refused = await inspector.calls().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InspectionUnavailableError);
    expect((refused as InspectionUnavailableError).capability).toBe('requestLog');
  });

  it('hands an unanswerable question to whenUnavailable, whose throw the caller gets', async () => {
    const seen: InspectionUnavailableError[] = [];
    const inspector = new LiveInspector({
      secretKey: 'sk_test_shop',
      whenUnavailable: (error) => {
        seen.push(error);
        throw new Error('not applicable: no request log');
      },
    });
    await expect(async () => inspector.calls({ from: 'browser' })).rejects.toThrow('not applicable: no request log');
    expect(seen.map((e) => e.capability)).toEqual(['requestLog']);
  });

  it('refuses live and publishable keys', () => {
    for (const key of ['sk_live_abc', 'rk_live_abc', 'pk_test_abc']) expect(() => new LiveInspector({ secretKey: key })).toThrow(/test-mode secret key/);
    expect(() => new LiveInspector({ secretKey: 'rk_test_abc' })).not.toThrow();
  });

  it('lists with created[gte] a minute before the test began, per shopper, oldest first', async () => {
    const since = 1_700_000_100_000;
    const { stripe, asked } = fakeStripe({
      customers: [{ id: 'cus_1', created: 1_700_000_101, email: 'jenny@example.com' }],
      setupIntents: [
        { id: 'seti_old', created: 1_700_000_000, customer: 'cus_1' },
        { id: 'seti_1', created: 1_700_000_101, customer: 'cus_1' },
        { id: 'seti_2', created: 1_700_000_102, customer: 'cus_1' },
        { id: 'seti_other', created: 1_700_000_102, customer: 'cus_2' },
      ],
    });
    const inspector = new LiveInspector({ secretKey: 'sk_test_shop', since, stripe });
    expect((await inspector.setupIntentsCreated({ customer: 'cus_1' })).map((s) => s.id)).toEqual(['seti_1', 'seti_2']);
    expect(asked.find((a) => a.resource === 'setup_intents')?.params).toMatchObject({ customer: 'cus_1', limit: 100, created: { gte: 1_700_000_040 } });
    expect((await inspector.lastSetupIntent())?.id).toBe('seti_other');
  });
});
