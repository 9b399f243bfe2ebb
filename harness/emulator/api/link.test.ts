import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { linkConsumer } from '../link-testing.ts';

const em = useEmulator();

describe('Link consumer API: sign-up, look-up, funding sources', () => {
  it('signs a new shopper up with a verified session and one default Visa 4242', async () => {
    const link = linkConsumer(em);
    const signed = await link.signUp({ email_address: 'New.Shopper@Example.com', phone_number: '+15555550123', country: 'US' });
    expect(signed.status).toBe(200);
    expect(signed.body.object).toBe('consumer_session_response');
    expect(signed.body.consumer_session).toMatchObject({
      email_address: 'new.shopper@example.com',
      redacted_phone_number: '+1********23',
      verification_sessions: [{ type: 'SIGNUP', state: 'VERIFIED' }],
    });
    const listed = await link.paymentDetails(signed.body.consumer_session.client_secret);
    expect(listed).toMatchObject({ status: 200, body: { object: 'consumer_payment_details_list' } });
    expect(listed.body.redacted_payment_details).toEqual([
      expect.objectContaining({ type: 'CARD', is_default: true, card_details: expect.objectContaining({ brand: 'VISA', last4: '4242' }) }),
    ]);
  });

  it('uses the card given at sign-up, by number or by payment method, as the first funding source', async () => {
    const link = linkConsumer(em);
    const byNumber = await link.signUp({
      email_address: 'threeds@example.com',
      'card[number]': '4000002500003155',
      'card[exp_month]': '4',
      'card[exp_year]': '2099',
    });
    const details = await link.paymentDetails(byNumber.body.consumer_session.client_secret);
    expect(details.body.redacted_payment_details).toEqual([
      expect.objectContaining({ card_details: expect.objectContaining({ last4: '3155', exp_month: 4, exp_year: 2099 }) }),
    ]);
    const byPm = await link.signUp({ email_address: 'amex@example.com', payment_method: 'pm_card_amex' });
    const amex = await link.paymentDetails(byPm.body.consumer_session.client_secret);
    expect(amex.body.redacted_payment_details[0].card_details).toMatchObject({ brand: 'AMEX', last4: '0005' });
    const unknownCard = await link.signUp({ email_address: 'live@example.com', 'card[number]': '4111111111111111' });
    expect(unknownCard).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error', param: 'card[number]' } } });
    const notACard = await link.signUp({ email_address: 'nocard@example.com', payment_method: 'pm_missing' });
    expect(notACard).toMatchObject({ status: 400, body: { error: { param: 'payment_method' } } });
  });

  it('refuses a second sign-up for the same email, whatever its case', async () => {
    const link = linkConsumer(em);
    expect((await link.signUp({ email_address: 'twice@example.com' })).status).toBe(200);
    const again = await link.signUp({ email_address: '  TWICE@example.com ' });
    expect(again).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error', code: 'consumer_account_exists', param: 'email_address' } } });
  });

  it('looks up a known email with an unverified session and an unknown one with none', async () => {
    const link = linkConsumer(em);
    await link.signUp({ email_address: 'known@example.com' });
    const known = await link.lookupEmail('KNOWN@example.com');
    expect(known).toMatchObject({
      status: 200,
      body: {
        object: 'consumer_session_lookup',
        exists: true,
        locked: false,
        consumer_session: { email_address: 'known@example.com', verification_sessions: [] },
      },
    });
    expect(known.body.consumer_session.client_secret).toEqual(expect.any(String));
    const unknown = await link.lookupEmail('nobody@example.com');
    expect(unknown).toMatchObject({ status: 200, body: { exists: false, locked: false, consumer_session: null } });
  });

  it('answers Stripe-shaped 400s for bad look-ups and unknown parameters', async () => {
    const link = linkConsumer(em);
    expect(await link.lookupEmail('not-an-email')).toMatchObject({ status: 400, body: { error: { code: 'email_invalid', param: 'email_address' } } });
    expect(await link.lookup({})).toMatchObject({ status: 400, body: { error: { code: 'parameter_missing', param: 'email_address' } } });
    expect(await link.lookup({ email_address: 'a@example.com', colour: 'red' })).toMatchObject({
      status: 400,
      body: { error: { code: 'parameter_unknown', param: 'colour' } },
    });
    expect(await link.lookup({ intent_client_secret: 'nonsense' })).toMatchObject({ status: 400, body: { error: { param: 'intent_client_secret' } } });
    expect(await link.lookup({ intent_client_secret: 'seti_123_secret_abc' })).toMatchObject({
      status: 404,
      body: { error: { code: 'resource_missing', param: 'intent_client_secret' } },
    });
    expect(await link.paymentDetails('')).toMatchObject({
      status: 400,
      body: { error: { code: 'parameter_missing', param: 'credentials[consumer_session_client_secret]' } },
    });
  });

  it('shows funding sources only to a verified session', async () => {
    const link = linkConsumer(em);
    await link.signUp({ email_address: 'private@example.com' });
    const unverified = await link.startLogIn('private@example.com');
    expect(await link.paymentDetails(unverified)).toMatchObject({
      status: 403,
      body: { error: { type: 'invalid_request_error', code: 'consumer_session_not_verified', param: 'credentials[consumer_session_client_secret]' } },
    });
    expect(await link.paymentDetails('csmrs_secret_made_up')).toMatchObject({ status: 400, body: { error: { code: 'consumer_session_credentials_invalid' } } });
  });

  it('gives a +multiple_funding_sources@ shopper two cards of different brands and a US bank account without sign-up', async () => {
    const link = linkConsumer(em);
    const email = 'Jenny.Rosen+Multiple_Funding_Sources@Example.ORG';
    const found = await link.lookupEmail(email);
    expect(found.body).toMatchObject({ exists: true, consumer_session: { email_address: 'jenny.rosen+multiple_funding_sources@example.org' } });
    const secret = await link.logIn(email);
    const all = (await link.paymentDetails(secret)).body.redacted_payment_details;
    const cards = all.filter((d: { type: string }) => d.type === 'CARD');
    const banks = all.filter((d: { type: string }) => d.type === 'BANK_ACCOUNT');
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(new Set(cards.map((c: { card_details: { brand: string } }) => c.card_details.brand)).size).toBeGreaterThanOrEqual(2);
    expect(banks).toEqual([
      expect.objectContaining({
        is_default: false,
        bank_account_details: expect.objectContaining({ bank_name: 'STRIPE TEST BANK', last4: '6789' }),
        label: 'STRIPE TEST BANK •••• 6789',
      }),
    ]);
    expect(all.filter((d: { is_default: boolean }) => d.is_default)).toEqual([expect.objectContaining({ type: 'CARD', label: 'Visa •••• 4242' })]);
    const onlyBanks = await link.paymentDetails(secret, ['bank_account']);
    expect(onlyBanks.body.redacted_payment_details.map((d: { type: string }) => d.type)).toEqual(['BANK_ACCOUNT']);
    const signUpAgain = await link.signUp({ email_address: email });
    expect(signUpAgain.body.error).toMatchObject({ code: 'consumer_account_exists' });
  });

  it('gives a +multiple_funding_sources@ sign-up the extra sources after the card given', async () => {
    const link = linkConsumer(em);
    const signed = await link.signUp({ email_address: 'x+multiple_funding_sources@example.com', payment_method: 'pm_card_mastercard' });
    const details = (await link.paymentDetails(signed.body.consumer_session.client_secret)).body.redacted_payment_details;
    expect(details.map((d: { label: string }) => d.label)).toEqual(['Mastercard •••• 4444', 'Visa •••• 4242', 'STRIPE TEST BANK •••• 6789']);
  });

  it('logs a session out: its client secret stops working', async () => {
    const link = linkConsumer(em);
    const signed = await link.signUp({ email_address: 'leaving@example.com' });
    const secret = signed.body.consumer_session.client_secret;
    expect(await link.logOut(secret)).toMatchObject({ status: 200, body: { consumer_session: { client_secret: secret, verification_sessions: [] } } });
    expect(await link.paymentDetails(secret)).toMatchObject({ status: 400, body: { error: { code: 'consumer_session_credentials_invalid' } } });
    expect(await link.logOut(secret)).toMatchObject({ status: 400, body: { error: { code: 'consumer_session_credentials_invalid' } } });
  });

  it('keeps Link accounts and sessions of two sk_test_ accounts apart', async () => {
    const a = linkConsumer(em);
    const b = linkConsumer(em);
    const signed = await a.signUp({ email_address: 'shared@example.com' });
    const secretOfA = signed.body.consumer_session.client_secret;
    expect((await b.lookupEmail('shared@example.com')).body).toMatchObject({ exists: false });
    expect(await b.paymentDetails(secretOfA)).toMatchObject({ status: 400, body: { error: { code: 'consumer_session_credentials_invalid' } } });
    expect((await b.signUp({ email_address: 'shared@example.com' })).status).toBe(200);
    expect((await a.paymentDetails(secretOfA)).status).toBe(200);
  });

  it('takes the publishable key as Bearer or as a key field, and refuses secret keys in the body and live keys', async () => {
    const link = linkConsumer(em);
    const body = 'email_address=someone%40example.com';
    const asField = await em.raw('POST', '/v1/consumers/sessions/lookup', { body: `${body}&key=pk_test_${link.accountKey}` });
    expect(asField).toMatchObject({ status: 200, body: { exists: false } });
    const secretInBody = await em.raw('POST', '/v1/consumers/sessions/lookup', { body: `${body}&key=sk_test_${link.accountKey}` });
    expect(secretInBody.status).toBe(401);
    const live = await link.call('sessions/lookup', { email_address: 'someone@example.com' }, 'pk_live_abc');
    expect(live).toMatchObject({ status: 401, body: { error: { code: 'livemode_mismatch' } } });
    const noKey = await em.raw('POST', '/v1/consumers/sessions/lookup', { body });
    expect(noKey.status).toBe(401);
    const withSecret = await link.call('sessions/lookup', { email_address: 'someone@example.com' }, `sk_test_${link.accountKey}`);
    expect(withSecret).toMatchObject({ status: 200, body: { exists: false } });
  });
});
