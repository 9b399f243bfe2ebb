import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { failure } from '../failures.ts';

const em = useEmulator();

async function shop() {
  const accountKey = em.newAccountKey();
  const stripe = em.stripe(accountKey);
  const customer = await stripe.customers.create({ email: 'attempts@example.com' });
  const setupIntent = (extra: Partial<Stripe.SetupIntentCreateParams> = {}) => stripe.setupIntents.create({ customer: customer.id, ...extra });
  const press = (source: string, outcome: 'authorize' | 'fail') =>
    em.raw('POST', '/v1/3ds2/challenge_complete', { key: `pk_test_${accountKey}`, body: new URLSearchParams({ source, outcome }).toString() });
  const attempts = async (si: { id: string }) => (await stripe.setupAttempts.list({ setup_intent: si.id })).data;
  return { stripe, customer, setupIntent, press, attempts };
}

const sourceOf = (si: Stripe.SetupIntent) => (si.next_action!.use_stripe_sdk as { source: string }).source;

describe('SetupAttempts (/v1/setup_attempts)', () => {
  it("records a confirmation as a succeeded attempt, the SetupIntent's latest_attempt, which expands", async () => {
    const { stripe, customer, setupIntent, attempts } = await shop();
    const si = await setupIntent();
    expect(si.latest_attempt).toBeNull();
    const confirmed = await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa', expand: ['latest_attempt'] });
    const attempt = confirmed.latest_attempt as Stripe.SetupAttempt;
    expect(attempt).toMatchObject({
      object: 'setup_attempt',
      status: 'succeeded',
      setup_intent: si.id,
      customer: customer.id,
      payment_method: confirmed.payment_method,
      usage: 'off_session',
      livemode: false,
      setup_error: null,
      application: null,
      on_behalf_of: null,
      flow_directions: null,
      attach_to_self: false,
      payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242', three_d_secure: null } },
    });
    expect(attempt.id).toMatch(/^setatt_/);
    expect(await attempts(si)).toEqual([attempt]);
    const retrieved = await stripe.setupIntents.retrieve(si.id, { expand: ['latest_attempt.payment_method'] });
    expect((retrieved.latest_attempt as Stripe.SetupAttempt).payment_method).toMatchObject({ object: 'payment_method', id: confirmed.payment_method });
  });

  it('keeps one attempt per confirmation, newest first: a decline failed with its setup_error, then a success', async () => {
    const { stripe, setupIntent, attempts } = await shop();
    const si = await setupIntent();
    expect(await failure(stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds' }))).toMatchObject({
      statusCode: 402,
    });
    const declined = await attempts(si);
    expect(declined).toHaveLength(1);
    expect(declined[0]).toMatchObject({ status: 'failed', setup_error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' } });
    expect((await stripe.setupIntents.retrieve(si.id)).latest_attempt).toBe(declined[0]!.id);
    await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
    const both = await attempts(si);
    expect(both.map((a) => a.status)).toEqual(['succeeded', 'failed']);
    expect((await stripe.setupAttempts.list({ setup_intent: si.id, limit: 1 })).has_more).toBe(true);
  });

  it('follows a 3D Secure challenge: requires_action, then succeeded with the authentication, or failed; abandoned by a new confirmation', async () => {
    const { stripe, setupIntent, press, attempts } = await shop();
    const si = await setupIntent();
    const challenged = await stripe.setupIntents.confirm(si.id, {
      payment_method: 'pm_card_threeDSecure2Required',
      use_stripe_sdk: true,
    } as Stripe.SetupIntentConfirmParams);
    expect((await attempts(si))[0]).toMatchObject({ status: 'requires_action' });
    await press(sourceOf(challenged), 'authorize');
    expect((await attempts(si))[0]).toMatchObject({ status: 'succeeded', payment_method_details: { card: { three_d_secure: { result: 'authenticated' } } } });

    const failed = await setupIntent();
    await press(
      sourceOf(
        await stripe.setupIntents.confirm(failed.id, {
          payment_method: 'pm_card_threeDSecure2Required',
          use_stripe_sdk: true,
        } as Stripe.SetupIntentConfirmParams),
      ),
      'fail',
    );
    expect((await attempts(failed))[0]).toMatchObject({ status: 'failed', setup_error: { code: 'setup_intent_authentication_failure' } });

    const abandoned = await setupIntent();
    await stripe.setupIntents.confirm(abandoned.id, {
      payment_method: 'pm_card_threeDSecure2Required',
      use_stripe_sdk: true,
    } as Stripe.SetupIntentConfirmParams);
    await stripe.setupIntents.confirm(abandoned.id, { payment_method: 'pm_card_visa' });
    expect((await attempts(abandoned)).map((a) => a.status)).toEqual(['succeeded', 'abandoned']);
  });

  it('copies flow_directions, on_behalf_of and attach_to_self from the SetupIntent', async () => {
    const { stripe, setupIntent, attempts } = await shop();
    const si = await setupIntent({ flow_directions: ['inbound'], on_behalf_of: 'acct_1Connected', attach_to_self: false });
    expect(si).toMatchObject({ flow_directions: ['inbound'], on_behalf_of: 'acct_1Connected', attach_to_self: false });
    expect((await stripe.setupIntents.update(si.id, { flow_directions: ['inbound', 'outbound'] })).flow_directions).toEqual(['inbound', 'outbound']);
    await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
    expect((await attempts(si))[0]).toMatchObject({ flow_directions: ['inbound', 'outbound'], on_behalf_of: 'acct_1Connected', attach_to_self: false });
  });

  it('requires setup_intent, naming it, and answers 404 for one of another account', async () => {
    const { stripe } = await shop();
    expect(await failure(stripe.setupAttempts.list({} as Stripe.SetupAttemptListParams))).toMatchObject({
      statusCode: 400,
      code: 'parameter_missing',
      param: 'setup_intent',
    });
    const other = await em.stripe().setupIntents.create({});
    expect(await failure(stripe.setupAttempts.list({ setup_intent: other.id }))).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      param: 'setup_intent',
    });
  });
});
