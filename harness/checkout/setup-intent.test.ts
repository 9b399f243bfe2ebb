import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { noFaults, parseFaults } from './faults.ts';
import { belongsToShopper, setupIntentParams } from './setup-intent.ts';
import type { Shopper } from './shoppers.ts';

const shopper: Shopper = { email: 'a@example.com', name: 'A', customerId: 'cus_A', setupIntentIds: new Set(['seti_mine']) };

describe('the SetupIntent parameters', () => {
  it('follow the guide: customer, link and card, off_session, and the token when the browser has one', () => {
    expect(setupIntentParams({ shopper, paymentMethods: 'link-and-card', persistentToken: 'tok' }, noFaults)).toEqual({
      customer: 'cus_A',
      payment_method_types: ['link', 'card'],
      usage: 'off_session',
      payment_method_options: { link: { persistent_token: 'tok' } },
      metadata: { shop: 'link-harness reference checkout' },
    });
    const automatic = setupIntentParams({ shopper, paymentMethods: 'automatic' }, noFaults);
    expect(automatic).toMatchObject({ automatic_payment_methods: { enabled: true } });
    expect(automatic).not.toHaveProperty('payment_method_types');
    expect(automatic).not.toHaveProperty('payment_method_options');
  });

  it('each SetupIntent fault changes its one parameter', () => {
    const base = setupIntentParams({ shopper, paymentMethods: 'link-and-card', persistentToken: 'tok' }, noFaults);
    const withFault = (name: string) => setupIntentParams({ shopper, paymentMethods: 'link-and-card', persistentToken: 'tok' }, parseFaults(name));
    const { customer: _c, ...noCustomer } = base;
    expect(withFault('no-customer')).toEqual(noCustomer);
    expect(withFault('setup-intent-without-link')).toEqual({ ...base, payment_method_types: ['card'] });
    expect(withFault('on-session-usage')).toEqual({ ...base, usage: 'on_session' });
    const { payment_method_options: _t, ...noToken } = base;
    expect(withFault('token-not-passed-back')).toEqual(noToken);
    expect(setupIntentParams({ shopper, paymentMethods: 'automatic' }, parseFaults('setup-intent-without-link'))).toMatchObject({
      payment_method_types: ['card'],
    });
  });

  it("a SetupIntent is the shopper's by its Customer, or, without one, because the shop made it for them", () => {
    const si = (customer: string | null, id = 'seti_other') => ({ id, customer }) as Stripe.SetupIntent;
    expect(belongsToShopper(si('cus_A'), shopper)).toBe(true);
    expect(belongsToShopper(si('cus_B', 'seti_mine'), shopper)).toBe(false);
    expect(belongsToShopper(si(null, 'seti_mine'), shopper)).toBe(true);
    expect(belongsToShopper(si(null), shopper)).toBe(false);
  });
});
