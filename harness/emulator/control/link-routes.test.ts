import { describe, expect, it } from 'vitest';
import { linkConsumer } from '../link-testing.ts';
import { useEmulator } from '../testing.ts';

const em = useEmulator();
const laterYear = new Date().getFullYear() + 10;

async function seed(key: string, body: unknown, contentType = 'application/json') {
  const res = await fetch(`${em.emulator.url}/_harness/accounts/${key}/link-accounts`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function listSeeded(key: string) {
  const res = await fetch(`${em.emulator.url}/_harness/accounts/${key}/link-accounts`);
  return { status: res.status, body: await res.json() };
}

describe('control API: seeding Link accounts', () => {
  it('seeds a returning shopper with the default wallet, who can then log in with a code', async () => {
    const link = linkConsumer(em);
    const seeded = await seed(`sk_test_${link.accountKey}`, { email: 'Returning@Example.com', phone: '+15555550123' });
    expect(seeded).toMatchObject({
      status: 201,
      body: {
        object: 'link_account',
        email: 'returning@example.com',
        locked: false,
        funding_sources: [{ type: 'card', card: { brand: 'visa', last4: '4242' } }],
      },
    });
    expect(seeded.body.id).toMatch(/^csmr_/);
    expect(seeded.body.default_funding_source).toBe(seeded.body.funding_sources[0].id);
    expect((await link.lookupEmail('returning@example.com')).body).toMatchObject({ exists: true, consumer_session: { redacted_phone_number: '+1********23' } });
    const secret = await link.logIn('returning@example.com');
    expect((await link.paymentDetails(secret)).body.redacted_payment_details).toHaveLength(1);
  });

  it('seeds the funding sources given, with the default chosen, and lists seeded accounts per account', async () => {
    const link = linkConsumer(em);
    const seeded = await seed(link.accountKey, {
      email: 'wallet@example.com',
      fundingSources: [
        { type: 'card', number: '5555 5555 5555 4444', exp_month: 3, exp_year: laterYear },
        { type: 'bank_account', bank_name: 'Test Credit Union', last4: '1111', default: true },
      ],
    });
    expect(seeded.status).toBe(201);
    const secret = await link.logIn('wallet@example.com');
    expect((await link.paymentDetails(secret)).body.redacted_payment_details).toEqual([
      expect.objectContaining({
        type: 'CARD',
        is_default: false,
        card_details: expect.objectContaining({ brand: 'MASTERCARD', last4: '4444', exp_month: 3, exp_year: laterYear }),
      }),
      expect.objectContaining({
        type: 'BANK_ACCOUNT',
        is_default: true,
        bank_account_details: expect.objectContaining({ bank_name: 'Test Credit Union', last4: '1111' }),
      }),
    ]);
    await link.signUp({ email_address: 'signed.up@example.com' });
    const listed = await listSeeded(`pk_test_${link.accountKey}`);
    expect(listed).toMatchObject({ status: 200, body: { object: 'list' } });
    expect(listed.body.data.map((a: { email: string }) => a.email)).toEqual(['wallet@example.com', 'signed.up@example.com']);
    expect((await listSeeded(em.newAccountKey())).body.data).toEqual([]);
  });

  it('replaces an account of the same email (200), ending its sessions, and seeds locked shoppers', async () => {
    const link = linkConsumer(em);
    await seed(link.accountKey, { email: 'again@example.com' });
    const secret = await link.logIn('again@example.com');
    const replaced = await seed(link.accountKey, { email: 'AGAIN@example.com', locked: true });
    expect(replaced).toMatchObject({ status: 200, body: { email: 'again@example.com', locked: true } });
    expect(await link.paymentDetails(secret)).toMatchObject({ status: 400, body: { error: { code: 'consumer_session_credentials_invalid' } } });
    expect((await link.lookupEmail('again@example.com')).body).toMatchObject({ exists: true, locked: true, consumer_session: null });
    expect((await listSeeded(link.accountKey)).body.data).toHaveLength(1);
  });

  it('seeds several sources for a +multiple_funding_sources@ email by default', async () => {
    const key = em.newAccountKey();
    const seeded = await seed(key, { email: 'many+multiple_funding_sources@example.com' });
    expect(seeded.body.funding_sources.map((s: { type: string }) => s.type)).toEqual(['card', 'card', 'bank_account']);
  });

  it('answers clear 400s for bad input', async () => {
    const key = em.newAccountKey();
    const bad = async (body: unknown, param?: string, contentType?: string) => {
      const res = await seed(key, body, contentType);
      expect(res.status).toBe(400);
      expect(res.body.error.type).toBe('invalid_request_error');
      expect(res.body.error.message).toEqual(expect.any(String));
      if (param) expect(res.body.error.param).toBe(param);
    };
    await bad({}, 'email');
    await bad({ email: 'nope' }, 'email');
    await bad({ email: 'a@example.com', colour: 'red' }, 'colour');
    await bad({ email: 'a@example.com', locked: 'yes' }, 'locked');
    await bad({ email: 'a@example.com', phone: '555' }, 'phone');
    await bad({ email: 'a@example.com', fundingSources: [] }, 'fundingSources');
    await bad({ email: 'a@example.com', fundingSources: 'visa' }, 'fundingSources');
    await bad({ email: 'a@example.com', fundingSources: [{ type: 'paypal' }] }, 'fundingSources[0].type');
    await bad({ email: 'a@example.com', fundingSources: [{ type: 'card' }] }, 'fundingSources[0].number');
    await bad({ email: 'a@example.com', fundingSources: [{ type: 'card', number: '4111111111111111' }] }, 'fundingSources[0].number');
    await bad({ email: 'a@example.com', fundingSources: [{ type: 'card', number: '4242424242424242', exp_month: 13 }] }, 'fundingSources[0].exp_month');
    await bad({ email: 'a@example.com', fundingSources: [{ type: 'bank_account', last4: '12' }] }, 'fundingSources[0].last4');
    await bad({ email: 'a@example.com', fundingSources: [{ type: 'bank_account', routing: '1' }] }, 'fundingSources[0].routing');
    await bad(
      {
        email: 'a@example.com',
        fundingSources: [
          { type: 'bank_account', default: true },
          { type: 'bank_account', default: true },
        ],
      },
      'fundingSources',
    );
    await bad(['a@example.com'], 'body');
    await bad('email=a@example.com', undefined, 'application/x-www-form-urlencoded');
    expect((await listSeeded(key)).body.data).toEqual([]);
    const liveKey = await seed('sk_live_abc', { email: 'a@example.com' });
    expect(liveKey.status).toBe(400);
    expect((await listSeeded('rk_live_abc')).status).toBe(400);
  });
});
