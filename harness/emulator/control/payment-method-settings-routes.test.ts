import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

const settings = async (key: string, body?: unknown, contentType = 'application/json') => {
  const res = await fetch(
    `${em.emulator.url}/_harness/accounts/${key}/payment-method-settings`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) },
  );
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe("control API: an account's payment method settings", () => {
  it('has Link on by default; with Link off, intents on automatic payment methods offer cards alone, and an explicit list is kept', async () => {
    const key = em.newAccountKey();
    const stripe = em.stripe(key);
    expect(await settings(`sk_test_${key}`)).toEqual({ status: 200, body: { link: true } });
    expect((await stripe.setupIntents.create({})).payment_method_types).toEqual(['card', 'link']);

    expect(await settings(key, { link: false })).toEqual({ status: 200, body: { link: false } });
    const setupIntent = await stripe.setupIntents.create({});
    expect([setupIntent.payment_method_types, setupIntent.automatic_payment_methods?.enabled]).toEqual([['card'], true]);
    expect((await stripe.paymentIntents.create({ amount: 1099, currency: 'usd' })).payment_method_types).toEqual(['card']);
    expect((await stripe.setupIntents.create({ payment_method_types: ['link', 'card'] } as Stripe.SetupIntentCreateParams)).payment_method_types).toEqual([
      'link',
      'card',
    ]);
    expect((await settings(`pk_test_${key}`)).body).toEqual({ link: false });
    // Another account keeps its own.
    expect((await settings(em.newAccountKey())).body).toEqual({ link: true });
  });

  it('refuses what it does not know, with a message that says so', async () => {
    const key = em.newAccountKey();
    expect(await settings(key, { link: 'yes' })).toMatchObject({ status: 400, body: { error: { message: 'link must be true or false, got "yes".' } } });
    expect(await settings(key, { link: true, cards: false })).toMatchObject({
      status: 400,
      body: { error: { message: 'Unknown payment method setting(s) cards; known: link.' } },
    });
    expect(await settings(key, [true])).toMatchObject({ status: 400 });
    expect(await settings('sk_live_abc', { link: true })).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error' } } });
  });
});
