import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { testCards } from '../domain/test-cards.ts';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

type Decline = { code: string; decline_code: string };
type Expected = 'ok' | '3ds' | Decline;

const insufficientFunds: Decline = { code: 'card_declined', decline_code: 'insufficient_funds' };
const generic: Decline = { code: 'card_declined', decline_code: 'generic_decline' };
const authRequired: Decline = { code: 'authentication_required', decline_code: 'authentication_required' };

/**
 * Every test card through the API: a SetupIntent confirmed with it (3DS completed on the test page),
 * then a later off-session charge. For cards that cannot be set up, the later charge runs on the
 * never-set-up card. From Stripe's testing docs (docs.stripe.com/testing), not from domain/test-cards.ts.
 */
const table: { number: string; pm: string; setup: Expected; later: 'ok' | Decline }[] = [
  { number: '4242424242424242', pm: 'pm_card_visa', setup: 'ok', later: 'ok' },
  { number: '4000056655665556', pm: 'pm_card_visa_debit', setup: 'ok', later: 'ok' },
  { number: '5555555555554444', pm: 'pm_card_mastercard', setup: 'ok', later: 'ok' },
  { number: '378282246310005', pm: 'pm_card_amex', setup: 'ok', later: 'ok' },
  { number: '6011111111111117', pm: 'pm_card_discover', setup: 'ok', later: 'ok' },
  { number: '4000002500003155', pm: 'pm_card_authenticationRequiredOnSetup', setup: '3ds', later: 'ok' },
  { number: '4000002760003184', pm: 'pm_card_authenticationRequired', setup: '3ds', later: authRequired },
  { number: '4000003800000446', pm: 'pm_card_authenticationRequiredSetupForOffSession', setup: '3ds', later: 'ok' },
  { number: '4000008260003178', pm: 'pm_card_authenticationRequiredChargeDeclinedInsufficientFunds', setup: '3ds', later: insufficientFunds },
  { number: '4000000000003220', pm: 'pm_card_threeDSecure2Required', setup: '3ds', later: 'ok' },
  { number: '4000000000009995', pm: 'pm_card_visa_chargeDeclinedInsufficientFunds', setup: insufficientFunds, later: insufficientFunds },
  { number: '4000000000000002', pm: 'pm_card_visa_chargeDeclined', setup: generic, later: generic },
  { number: '4000000000000341', pm: 'pm_card_chargeCustomerFail', setup: 'ok', later: generic },
  {
    number: '4000000000000069',
    pm: 'pm_card_chargeDeclinedExpiredCard',
    setup: { code: 'expired_card', decline_code: 'expired_card' },
    later: { code: 'expired_card', decline_code: 'expired_card' },
  },
  {
    number: '4000000000000127',
    pm: 'pm_card_chargeDeclinedIncorrectCvc',
    setup: { code: 'incorrect_cvc', decline_code: 'incorrect_cvc' },
    later: { code: 'incorrect_cvc', decline_code: 'incorrect_cvc' },
  },
];

async function completeChallenge(accountKey: string, source: string, outcome: 'authorize' | 'fail') {
  return em.raw('POST', '/v1/3ds2/challenge_complete', { key: `pk_test_${accountKey}`, body: new URLSearchParams({ source, outcome }).toString() });
}

describe('every test card: setup, then a later off-session charge', () => {
  it('the table covers every card the emulator knows', () => {
    expect(table.map((r) => r.number).sort()).toEqual(testCards.map((c) => c.number).sort());
    for (const row of table) expect(testCards.find((c) => c.number === row.number)?.paymentMethod).toBe(row.pm);
  });

  it.each(table)('$pm', async (row) => {
    const accountKey = em.newAccountKey();
    const stripe = em.stripe(accountKey);
    const customer = await stripe.customers.create({ email: `${row.pm}@example.com` });
    const setup = await stripe.setupIntents
      .create({ customer: customer.id, allowed_payment_method_types: ['link', 'card'], payment_method: row.pm, confirm: true })
      .catch((e: unknown) => e);

    let paymentMethod: string;
    if (setup instanceof Stripe.errors.StripeError) {
      expect(typeof row.setup).toBe('object');
      expect(setup).toBeInstanceOf(Stripe.errors.StripeCardError);
      expect(setup).toMatchObject({ statusCode: 402, ...(row.setup as Decline) });
      const raw = setup.raw as { setup_intent: Stripe.SetupIntent; payment_method: Stripe.PaymentMethod };
      expect(raw.setup_intent).toMatchObject({
        status: 'requires_payment_method',
        payment_method: null,
        last_setup_error: { type: 'card_error', ...(row.setup as Decline) },
      });
      expect((await stripe.setupIntents.retrieve(raw.setup_intent.id)).status).toBe('requires_payment_method');
      expect(raw.payment_method.customer).toBeNull();
      paymentMethod = raw.payment_method.id;
    } else {
      const si = setup as Stripe.SetupIntent;
      if (row.setup === '3ds') {
        expect(si.status).toBe('requires_action');
        const source = (si.next_action?.use_stripe_sdk as { source: string }).source;
        expect((await completeChallenge(accountKey, source, 'authorize')).status).toBe(200);
      } else expect(row.setup).toBe('ok');
      const done = await stripe.setupIntents.retrieve(si.id, { expand: ['payment_method'] });
      expect(done.status).toBe('succeeded');
      expect((done.payment_method as Stripe.PaymentMethod).customer).toBe(customer.id);
      paymentMethod = (done.payment_method as Stripe.PaymentMethod).id;
    }

    const later = await stripe.paymentIntents
      .create({ amount: 2000, currency: 'usd', customer: customer.id, payment_method: paymentMethod, confirm: true, off_session: true })
      .catch((e: unknown) => e);
    if (row.later === 'ok') {
      expect(later).toMatchObject({ status: 'succeeded', amount_received: 2000 });
      return;
    }
    expect(later).toBeInstanceOf(Stripe.errors.StripeCardError);
    const err = later as Stripe.errors.StripeCardError;
    expect(err).toMatchObject({ statusCode: 402, ...row.later });
    expect(err.payment_intent).toMatchObject({ status: 'requires_payment_method', payment_method: null, last_payment_error: { code: row.later.code } });
    if (row.later === insufficientFunds) expect((err.raw as { advice_code?: string }).advice_code).toBe('try_again_later');
  });
});
