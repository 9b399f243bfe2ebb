import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { Account } from '../account.ts';
import { newClientSecret } from '../../core/ids.ts';
import {
  PERSISTENT_TOKEN_LIFETIME_MS,
  confirmVerification,
  createLinkPaymentMethod,
  fundingSourceOfLinkPaymentMethod,
  linkAccountForPersistentToken,
  lookupConsumer,
  signUp,
  startVerification,
} from './index.ts';
import { apiErrorOf } from '../../failures.ts';

const PARAM = 'payment_method_data[link]';
const SECRET_PARAM = `${PARAM}[consumer_session_client_secret]`;

function loggedIn(account: Account, email: string): string {
  const found = lookupConsumer(account, { email_address: email });
  if (!found.exists) signUp(account, { email_address: email });
  const secret = lookupConsumer(account, { email_address: email }).session!.clientSecret;
  startVerification(account.link, secret, 'SMS', 'credentials');
  confirmVerification(account.link, secret, '424242', 'SMS', 'credentials');
  return secret;
}

/** A SetupIntent as the intents module stores it, carrying a persistent token. */
function setupIntentWithToken(account: Account, token: string | null): string {
  const id = `seti_1Test${Math.random().toString(36).slice(2, 12)}`;
  const clientSecret = newClientSecret(id);
  account.setupIntents.set(id, {
    id,
    object: 'setup_intent',
    client_secret: clientSecret,
    payment_method_options: { link: { persistent_token: token } },
  } as Stripe.SetupIntent);
  return clientSecret;
}

describe('createLinkPaymentMethod', () => {
  it('saves the default card source as a link payment method with a persistent token', () => {
    const account = new Account('pm-default');
    const secret = loggedIn(account, 'Jenny@Example.com');
    const pm = createLinkPaymentMethod(account, { consumer_session_client_secret: secret }, PARAM);
    expect(pm).toMatchObject({
      object: 'payment_method',
      type: 'link',
      customer: null,
      link: { email: 'jenny@example.com' },
      billing_details: { email: 'jenny@example.com' },
    });
    expect(pm.id).toMatch(/^pm_/);
    expect(account.paymentMethods.get(pm.id)).toBe(pm);
    expect(account.cards.get(pm.id)?.number).toBe('4242424242424242');
    expect(fundingSourceOfLinkPaymentMethod(account, pm.id)).toMatchObject({ type: 'card', card: { number: '4242424242424242' } });
    const token = pm.link!.persistent_token!;
    expect(linkAccountForPersistentToken(account, token)?.email).toBe('jenny@example.com');
    const second = createLinkPaymentMethod(account, { consumer_session_client_secret: secret }, PARAM);
    expect(second.link!.persistent_token).not.toBe(token);
  });

  it('saves the chosen source: a 3DS card follows its test card, a bank account has no card', () => {
    const account = new Account('pm-chosen');
    signUp(account, { email_address: 'picker+multiple_funding_sources@example.com', card: { number: '4000002760003184' } });
    const secret = loggedIn(account, 'picker+multiple_funding_sources@example.com');
    const wallet = account.link.get('picker+multiple_funding_sources@example.com')!;
    const bank = wallet.fundingSources.find((s) => s.type === 'bank_account')!;
    const fromBank = createLinkPaymentMethod(account, { consumer_session_client_secret: secret, payment_details_id: bank.id }, PARAM);
    expect(account.cards.has(fromBank.id)).toBe(false);
    expect(fundingSourceOfLinkPaymentMethod(account, fromBank.id)).toMatchObject({ type: 'bank_account', bank_name: 'STRIPE TEST BANK', last4: '6789' });
    const fromDefault = createLinkPaymentMethod(account, { consumer_session_client_secret: secret }, PARAM);
    expect(account.cards.get(fromDefault.id)?.number).toBe('4000002760003184');
    expect(fundingSourceOfLinkPaymentMethod(account, 'pm_other')).toBeUndefined();
  });

  it('refuses a missing, unknown, unverified or locked session and an unknown funding source', () => {
    const account = new Account('pm-refusals');
    expect(apiErrorOf(() => createLinkPaymentMethod(account, {}, PARAM)).body).toMatchObject({ code: 'parameter_missing', param: SECRET_PARAM });
    expect(apiErrorOf(() => createLinkPaymentMethod(account, { consumer_session_client_secret: 'nope' }, PARAM)).body).toMatchObject({
      code: 'consumer_session_credentials_invalid',
      param: SECRET_PARAM,
    });
    signUp(account, { email_address: 'unverified@example.com' });
    const unverified = lookupConsumer(account, { email_address: 'unverified@example.com' }).session!.clientSecret;
    const notVerified = apiErrorOf(() => createLinkPaymentMethod(account, { consumer_session_client_secret: unverified }, PARAM));
    expect(notVerified.status).toBe(403);
    expect(notVerified.body).toMatchObject({ code: 'consumer_session_not_verified' });
    const verified = loggedIn(account, 'unverified@example.com');
    expect(
      apiErrorOf(() => createLinkPaymentMethod(account, { consumer_session_client_secret: verified, payment_details_id: 'csmrpd_x' }, PARAM)).body,
    ).toMatchObject({
      code: 'resource_missing',
      param: `${PARAM}[payment_details_id]`,
    });
    startVerification(account.link, unverified, 'SMS', 'credentials');
    apiErrorOf(() => confirmVerification(account.link, unverified, '000003', 'SMS', 'credentials'));
    expect(apiErrorOf(() => createLinkPaymentMethod(account, { consumer_session_client_secret: verified }, PARAM)).body).toMatchObject({
      code: 'consumer_account_locked',
    });
    expect(account.paymentMethods.size).toBe(0);
  });
});

describe('persistent tokens', () => {
  it('log a returning shopper in through the intent that carries the token, with no code', () => {
    const account = new Account('token-lookup');
    const pm = createLinkPaymentMethod(
      account,
      { consumer_session_client_secret: signUp(account, { email_address: 'back@example.com' }).session.clientSecret },
      PARAM,
    );
    const found = lookupConsumer(account, { intent_client_secret: setupIntentWithToken(account, pm.link!.persistent_token!) });
    expect(found).toMatchObject({
      exists: true,
      locked: false,
      session: { email: 'back@example.com', verificationSessions: [{ type: 'PERSISTENT_TOKEN', state: 'VERIFIED' }] },
    });
    expect(createLinkPaymentMethod(account, { consumer_session_client_secret: found.session!.clientSecret }, PARAM).type).toBe('link');
    const withSameEmail = lookupConsumer(account, {
      email_address: 'BACK@example.com',
      intent_client_secret: setupIntentWithToken(account, pm.link!.persistent_token!),
    });
    expect(withSameEmail.session?.verificationSessions).toEqual([{ type: 'PERSISTENT_TOKEN', state: 'VERIFIED' }]);
  });

  it('are ignored for another email, when absent or unknown, and report a locked shopper', () => {
    const account = new Account('token-ignored');
    const pm = createLinkPaymentMethod(
      account,
      { consumer_session_client_secret: signUp(account, { email_address: 'owner@example.com' }).session.clientSecret },
      PARAM,
    );
    signUp(account, { email_address: 'someone.else@example.com' });
    const other = lookupConsumer(account, {
      email_address: 'someone.else@example.com',
      intent_client_secret: setupIntentWithToken(account, pm.link!.persistent_token!),
    });
    expect(other.session).toMatchObject({ email: 'someone.else@example.com', verificationSessions: [] });
    expect(lookupConsumer(account, { intent_client_secret: setupIntentWithToken(account, null) })).toMatchObject({ exists: false, session: null });
    expect(lookupConsumer(account, { intent_client_secret: setupIntentWithToken(account, 'made-up-token') })).toMatchObject({ exists: false, session: null });
    account.link.get('owner@example.com')!.locked = true;
    expect(lookupConsumer(account, { intent_client_secret: setupIntentWithToken(account, pm.link!.persistent_token!) })).toMatchObject({
      exists: true,
      locked: true,
      session: null,
    });
  });

  it('last 90 days and belong to one Stripe account', () => {
    const account = new Account('token-expiry');
    const pm = createLinkPaymentMethod(
      account,
      { consumer_session_client_secret: signUp(account, { email_address: 'timely@example.com' }).session.clientSecret },
      PARAM,
    );
    const token = pm.link!.persistent_token!;
    const expiresAt = account.link.tokens.expiresAt(token)!;
    expect(expiresAt - Date.now()).toBeGreaterThan(PERSISTENT_TOKEN_LIFETIME_MS - 60_000);
    expect(PERSISTENT_TOKEN_LIFETIME_MS).toBe(90 * 24 * 60 * 60 * 1000);
    expect(linkAccountForPersistentToken(account, token, expiresAt - 1)?.email).toBe('timely@example.com');
    expect(linkAccountForPersistentToken(new Account('token-other'), token)).toBeUndefined();
    expect(linkAccountForPersistentToken(account, token, expiresAt)).toBeUndefined();
    expect(linkAccountForPersistentToken(account, token)).toBeUndefined();
  });

  it('look intents up only by their full client secret', () => {
    const account = new Account('token-secret');
    const secret = setupIntentWithToken(account, null);
    const wrong = apiErrorOf(() => lookupConsumer(account, { intent_client_secret: `${secret.split('_secret_')[0]}_secret_wrong` }));
    expect(wrong.status).toBe(404);
    expect(wrong.body).toMatchObject({ code: 'resource_missing', param: 'intent_client_secret' });
  });
});
