import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();
const nextYear = new Date().getFullYear() + 1;

describe('card tokens (POST /v1/tokens)', () => {
  it("makes a card token with a publishable key, in Stripe's token shape", async () => {
    const account = em.newAccountKey();
    const res = await em.raw('POST', '/v1/tokens', {
      key: `pk_test_${account}`,
      body: `card[number]=4242424242424242&card[exp_month]=12&card[exp_year]=${nextYear}&card[cvc]=123&card[name]=Jenny%20Rosen&card[address_zip]=94103`,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^tok_/),
      object: 'token',
      type: 'card',
      used: false,
      livemode: false,
      card: {
        id: expect.stringMatching(/^card_/),
        object: 'card',
        brand: 'Visa',
        last4: '4242',
        exp_month: 12,
        exp_year: nextYear,
        funding: 'credit',
        name: 'Jenny Rosen',
        address_zip: '94103',
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('4242424242424242');
  });

  it('turns into a PaymentMethod once, carrying the card and its holder, then refuses a second use', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const token = await stripe.tokens.create({
      card: { number: '4000002500003155', exp_month: '7', exp_year: String(nextYear), cvc: '314', name: 'Jenny Rosen' },
    });
    const pm = await stripe.paymentMethods.create({ type: 'card', card: { token: token.id } });
    expect(pm.card).toMatchObject({ last4: '3155', exp_month: 7, exp_year: nextYear });
    expect(pm.billing_details.name).toBe('Jenny Rosen');
    expect((await stripe.tokens.retrieve(token.id)).used).toBe(true);
    await expect(stripe.paymentMethods.create({ type: 'card', card: { token: token.id } })).rejects.toMatchObject({
      statusCode: 400,
      code: 'token_already_used',
      param: 'card[token]',
    });
  });

  it('confirms a SetupIntent through payment_method_data[card][token], and the card behaves as its test number says', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const customer = await stripe.customers.create({});
    const visa = await stripe.tokens.create({ card: { number: '4242424242424242', exp_month: '12', exp_year: String(nextYear) } });
    const si = await stripe.setupIntents.create({ customer: customer.id, allowed_payment_method_types: ['card'] });
    const confirmed = await stripe.setupIntents.confirm(si.id, { payment_method_data: { type: 'card', card: { token: visa.id } } as never });
    expect(confirmed.status).toBe('succeeded');
    const threeDs = await stripe.tokens.create({ card: { number: '4000000000003220', exp_month: '12', exp_year: String(nextYear) } });
    const si2 = await stripe.setupIntents.create({ customer: customer.id, allowed_payment_method_types: ['card'] });
    expect((await stripe.setupIntents.confirm(si2.id, { payment_method: threeDs.id, use_stripe_sdk: true } as never)).status).toBe('requires_action');
  });

  it('answers the card errors Stripe gives for bad card details, and 404 for a token of another account', async () => {
    const stripe = em.stripe();
    const create = (card: { number: string; exp_month: string; exp_year: string; cvc?: string }) => stripe.tokens.create({ card }).catch((e: unknown) => e);
    expect(await create({ number: '4242424242424241', exp_month: '1', exp_year: String(nextYear) })).toMatchObject({
      type: 'StripeCardError',
      code: 'incorrect_number',
    });
    expect(await create({ number: '4242424242424242', exp_month: '13', exp_year: String(nextYear) })).toMatchObject({ code: 'invalid_expiry_month' });
    expect(await create({ number: '4242424242424242', exp_month: '1', exp_year: String(nextYear), cvc: '1' })).toMatchObject({ code: 'invalid_cvc' });
    expect(await stripe.tokens.create({} as never).catch((e: unknown) => e)).toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'card' });
    expect(await stripe.tokens.create({ bank_account: { country: 'US' } } as never).catch((e: unknown) => e)).toMatchObject({
      statusCode: 400,
      param: 'bank_account',
    });
    const other = await em.stripe().tokens.create({ card: { number: '4242424242424242', exp_month: '1', exp_year: String(nextYear) } });
    await expect(stripe.tokens.retrieve(other.id)).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    await expect(stripe.paymentMethods.create({ type: 'card', card: { token: other.id } })).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
  });
});
