import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { linkConsumer } from '../link-testing.ts';

const em = useEmulator();
const nextYear = new Date().getFullYear() + 1;

/** A shopper with a Link account and an unverified session with a code sent. */
async function returningShopper(email = 'returning@example.com') {
  const link = linkConsumer(em);
  await link.signUp({ email_address: email });
  return { link, email, secret: await link.startLogIn(email) };
}

describe("Link OTP codes in test mode (Stripe's Link testing docs: 000001 invalid, 000002 expired, 000003 too many attempts)", () => {
  it('OTP-01: any other six digits verify the session and open the wallet', async () => {
    const { link, secret } = await returningShopper();
    expect(await link.paymentDetails(secret)).toMatchObject({ status: 403 });
    const confirmed = await link.confirmVerification(secret, '123456');
    expect(confirmed).toMatchObject({ status: 200, body: { consumer_session: { verification_sessions: [{ type: 'SMS', state: 'VERIFIED' }] } } });
    expect((await link.paymentDetails(secret)).status).toBe(200);
  });

  it('OTP-02: 000001 is an invalid code; another try with a good code works', async () => {
    const { link, secret } = await returningShopper();
    const wrong = await link.confirmVerification(secret, '000001');
    expect(wrong).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error', code: 'consumer_verification_code_invalid', param: 'code' } } });
    expect(await link.confirmVerification(secret, '000001')).toMatchObject({ status: 400, body: { error: { code: 'consumer_verification_code_invalid' } } });
    expect((await link.confirmVerification(secret, '424242')).status).toBe(200);
    expect((await link.paymentDetails(secret)).status).toBe(200);
  });

  it('OTP-03: 000002 is an expired code; only a newly sent code then works', async () => {
    const { link, secret } = await returningShopper();
    expect(await link.confirmVerification(secret, '000002')).toMatchObject({
      status: 400,
      body: { error: { code: 'consumer_verification_expired', param: 'code' } },
    });
    expect(await link.confirmVerification(secret, '424242')).toMatchObject({ status: 400, body: { error: { code: 'consumer_verification_expired' } } });
    expect(await link.startVerification(secret)).toMatchObject({
      status: 200,
      body: { consumer_session: { verification_sessions: [{ type: 'SMS', state: 'STARTED' }] } },
    });
    expect((await link.confirmVerification(secret, '424242')).status).toBe(200);
    expect((await link.paymentDetails(secret)).status).toBe(200);
  });

  it('OTP-04: 000003 exceeds the attempts and locks Link for this email; the shopper continues with a card', async () => {
    const { link, email, secret } = await returningShopper('locked.out@example.com');
    expect(await link.confirmVerification(secret, '000003')).toMatchObject({
      status: 400,
      body: { error: { type: 'invalid_request_error', code: 'consumer_verification_max_attempts_exceeded', param: 'code' } },
    });
    expect(await link.lookupEmail(email.toUpperCase())).toMatchObject({ status: 200, body: { exists: true, locked: true, consumer_session: null } });
    const locked = { status: 400, body: { error: { code: 'consumer_account_locked' } } };
    expect(await link.confirmVerification(secret, '424242')).toMatchObject(locked);
    expect(await link.startVerification(secret)).toMatchObject(locked);
    expect(await link.paymentDetails(secret)).toMatchObject(locked);
    expect(await link.signUp({ email_address: email })).toMatchObject(locked);
    const card = await em.raw('POST', '/v1/payment_methods', {
      key: `pk_test_${link.accountKey}`,
      body: `type=card&card[number]=4242424242424242&card[exp_month]=12&card[exp_year]=${nextYear}&billing_details[email]=${encodeURIComponent(email)}`,
    });
    expect(card).toMatchObject({ status: 200, body: { type: 'card', card: { last4: '4242' } } });
    const otherShop = linkConsumer(em);
    await otherShop.signUp({ email_address: email });
    expect((await otherShop.lookupEmail(email)).body).toMatchObject({ exists: true, locked: false });
  });

  it('refuses codes that are not six digits, and a confirm before any code was sent', async () => {
    const { link, secret } = await returningShopper();
    for (const code of ['12345', '1234567', 'abcdef', '12 456'])
      expect(await link.confirmVerification(secret, code)).toMatchObject({ status: 400, body: { error: { code: 'parameter_invalid_string', param: 'code' } } });
    expect(await link.call('sessions/confirm_verification', { 'credentials[consumer_session_client_secret]': secret })).toMatchObject({
      status: 400,
      body: { error: { code: 'parameter_missing', param: 'code' } },
    });
    const fresh = (await link.lookupEmail('returning@example.com')).body.consumer_session.client_secret;
    expect(await link.confirmVerification(fresh, '424242')).toMatchObject({ status: 400, body: { error: { code: 'consumer_verification_not_started' } } });
  });

  it('verifies over the channel the code was sent on', async () => {
    const link = linkConsumer(em);
    await link.signUp({ email_address: 'by.email@example.com' });
    const secret = (await link.lookupEmail('by.email@example.com')).body.consumer_session.client_secret;
    expect(await link.startVerification(secret, 'EMAIL')).toMatchObject({
      status: 200,
      body: { consumer_session: { verification_sessions: [{ type: 'EMAIL', state: 'STARTED' }] } },
    });
    expect(await link.confirmVerification(secret, '424242', 'SMS')).toMatchObject({
      status: 400,
      body: { error: { code: 'consumer_verification_not_started' } },
    });
    expect(await link.confirmVerification(secret, '424242', 'EMAIL')).toMatchObject({
      status: 200,
      body: { consumer_session: { verification_sessions: [{ type: 'EMAIL', state: 'VERIFIED' }] } },
    });
    expect(await link.startVerification(secret, 'WHATSAPP')).toMatchObject({ status: 400, body: { error: { param: 'type' } } });
  });
});
