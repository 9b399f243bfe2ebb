import { describe, expect, it } from 'vitest';
import type { LinkSession } from '../../protocol.ts';
import type { ApiResult } from '../shared/api.ts';
import type { LinkApi, LookupAnswer, PaymentDetails } from '../shared/link-api.ts';
import type { RememberedSessions } from '../shared/remembered-session.ts';
import { PaymentLink } from './payment-link.ts';

const email = 'jenny@example.com';
const tokenSession: LinkSession = { client_secret: 'csmrs_secret_jenny', email_address: email, via: 'persistent_token' };
const visa: PaymentDetails = { id: 'csmrpd_visa', type: 'CARD', is_default: true, label: 'Visa •••• 4242' };
const ok = <T>(body: T): ApiResult<T> => ({ ok: true, body });

/** A promise the test settles when it chooses: network answers arriving in a chosen order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The Link API with answers the test releases one by one; every call is recorded. */
function heldLink() {
  const calls: string[] = [];
  const lookups: ReturnType<typeof deferred<ApiResult<LookupAnswer>>>[] = [];
  const lists: ReturnType<typeof deferred<ApiResult<{ redacted_payment_details: PaymentDetails[] }>>>[] = [];
  const unused = () => Promise.reject(new Error('not used'));
  const api: LinkApi = {
    lookup(q) {
      calls.push(`lookup ${q.email_address ?? ''}${q.intent_client_secret ? ' +intent' : ''}`);
      const d = deferred<ApiResult<LookupAnswer>>();
      lookups.push(d);
      return d.promise;
    },
    listPaymentDetails() {
      calls.push('list');
      const d = deferred<ApiResult<{ redacted_payment_details: PaymentDetails[] }>>();
      lists.push(d);
      return d.promise;
    },
    startVerification: unused,
    confirmVerification: unused,
    signUp: unused,
    logOut: unused,
  };
  return { api, calls, lookups, lists };
}

const remembered: RememberedSessions = { read: () => null, save: () => false, forget: () => undefined };
const hooks = { changed: () => undefined, loginChanged: () => undefined, announce: () => undefined };
const existing = ok<LookupAnswer>({ exists: true, locked: false, consumer_session: null, error_message: null });
/** Lets every settled promise's callbacks run. */
const flush = () => new Promise<void>((r) => setTimeout(r, 0));

describe('PaymentLink beside a Link Authentication Element (it follows the relayed session and email)', () => {
  it('a session, then its email, while the wallet still loads: the wallet shows, and the email is not looked up', async () => {
    const link = heldLink();
    const paymentLink = new PaymentLink(link.api, remembered, false, hooks);
    await paymentLink.start({ intentClientSecret: 'seti_1_secret_x', email: null, session: null });
    const adopting = paymentLink.adopt(tokenSession, true);
    const emailing = paymentLink.setEmail(email);
    link.lists[0]!.resolve(ok({ redacted_payment_details: [visa] }));
    // A lookup the frame should not have made still answers, so the test fails on what it checks.
    for (const lookup of link.lookups) lookup.resolve(existing);
    await Promise.all([adopting, emailing]);
    expect(paymentLink.showWallet).toBe(true);
    expect(paymentLink.sources).toEqual([visa]);
    expect(link.calls).toEqual(['list']);
  });

  it('the email first (its lookup under way), then the session: the lookup answering last leaves the wallet shown, without the opt-in', async () => {
    const link = heldLink();
    const paymentLink = new PaymentLink(link.api, remembered, false, hooks);
    await paymentLink.start({ intentClientSecret: 'seti_1_secret_x', email: null, session: null });
    const emailing = paymentLink.setEmail(email);
    const adopting = paymentLink.adopt(tokenSession, true);
    link.lists[0]!.resolve(ok({ redacted_payment_details: [visa] }));
    await adopting;
    link.lookups[0]!.resolve(ok({ exists: false, locked: false, consumer_session: null, error_message: null }));
    await emailing;
    await flush();
    expect(paymentLink.showWallet).toBe(true);
    expect(paymentLink.optInEmail).toBeNull();
  });

  it('a frame that starts after the login (the session in its init): the wallet, with no lookup at all', async () => {
    const link = heldLink();
    const paymentLink = new PaymentLink(link.api, remembered, false, hooks);
    const starting = paymentLink.start({ intentClientSecret: 'seti_1_secret_x', email, session: tokenSession });
    link.lists[0]!.resolve(ok({ redacted_payment_details: [visa] }));
    await starting;
    expect(paymentLink.showWallet).toBe(true);
    expect(link.calls).toEqual(['list']);
  });

  it("a new shopper's email still gets the opt-in, and another email replaces it", async () => {
    const link = heldLink();
    const paymentLink = new PaymentLink(link.api, remembered, false, hooks);
    await paymentLink.start({ intentClientSecret: 'seti_1_secret_x', email: null, session: null });
    const first = paymentLink.setEmail('new@example.com');
    const second = paymentLink.setEmail('other@example.com');
    link.lookups[1]!.resolve(ok({ exists: false, locked: false, consumer_session: null, error_message: null }));
    await second;
    link.lookups[0]!.resolve(existing);
    await first;
    expect(paymentLink.optInEmail).toBe('other@example.com');
    expect(paymentLink.showWallet).toBe(false);
  });
});
