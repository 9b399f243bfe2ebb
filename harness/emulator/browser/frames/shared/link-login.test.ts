import { describe, expect, it } from 'vitest';
import type { LinkSession, StripeJsError } from '../../protocol.ts';
import type { ApiResult } from './api.ts';
import type { ConsumerSession, LinkApi, LookupAnswer } from './link-api.ts';
import { LinkLogin, type LinkLoginStep } from './link-login.ts';
import { otpMessages } from './otp-state.ts';
import type { RememberedSession, RememberedSessions } from './remembered-session.ts';

const session = (email: string, state?: string): ConsumerSession => ({
  client_secret: `csmrs_secret_${email}`,
  email_address: email,
  redacted_phone_number: '+1********23',
  redacted_formatted_phone_number: '(***) ***-**23',
  verification_sessions: state ? [{ type: 'SMS', state }] : [],
});
const ok = <T>(body: T): ApiResult<T> => ({ ok: true, body });
const fail = (code: string): ApiResult<never> => ({ ok: false, status: 400, error: { type: 'invalid_request_error', code, message: code } as StripeJsError });

/** A Link consumer API with the emulator's test behaviour, recording calls. */
function fakeLink(accounts: Record<string, { locked?: boolean }>, opts: { tokenEmail?: string; smsFails?: boolean } = {}) {
  const calls: string[] = [];
  const lookup = (email?: string): LookupAnswer => {
    const account = email ? accounts[email] : undefined;
    if (!account) return { exists: false, locked: false, consumer_session: null, error_message: null };
    if (account.locked) return { exists: true, locked: true, consumer_session: null, error_message: 'locked' };
    return { exists: true, locked: false, consumer_session: session(email!), error_message: null };
  };
  const api: LinkApi = {
    async lookup(q) {
      calls.push(`lookup ${q.email_address ?? ''}${q.intent_client_secret ? ' +token' : ''}`);
      if (q.intent_client_secret && opts.tokenEmail && (!q.email_address || q.email_address === opts.tokenEmail))
        return ok({ exists: true, locked: false, consumer_session: session(opts.tokenEmail, 'VERIFIED'), error_message: null });
      return ok(lookup(q.email_address));
    },
    async startVerification(secret, type) {
      calls.push(`start ${type}`);
      if (type === 'SMS' && opts.smsFails) return fail('sms_unavailable');
      return ok({ consumer_session: session(secret.replace('csmrs_secret_', ''), 'STARTED') });
    },
    async confirmVerification(secret, code) {
      calls.push(`confirm ${code}`);
      const email = secret.replace('csmrs_secret_', '');
      if (code === '000001') return fail('consumer_verification_code_invalid');
      if (code === '000002') return fail('consumer_verification_expired');
      if (code === '000003') {
        accounts[email] = { locked: true };
        return fail('consumer_verification_max_attempts_exceeded');
      }
      return ok({ consumer_session: session(email, 'VERIFIED') });
    },
    async signUp() {
      throw new Error('not used');
    },
    async listPaymentDetails(secret) {
      calls.push('list');
      return secret.includes('stale') ? fail('consumer_session_credentials_invalid') : ok({ redacted_payment_details: [] });
    },
    async logOut() {
      calls.push('log_out');
      return ok({ consumer_session: session('x') });
    },
  };
  return { api, calls };
}

function memory(initial: RememberedSession | null = null): RememberedSessions & { value: RememberedSession | null } {
  const store = {
    value: initial,
    read: () => store.value,
    save: (s: RememberedSession) => ((store.value = s), true),
    forget: () => void (store.value = null),
  };
  return store;
}

function harness(link: LinkApi, remembered = memory()) {
  const steps: LinkLoginStep['step'][] = [];
  const sessions: (LinkSession | null)[] = [];
  const login = new LinkLogin(link, remembered, {
    onChange: (step) => steps.push(step.step),
    onSession: (s) => sessions.push(s),
  });
  const settle = () => new Promise((r) => setImmediate(r));
  return { login, steps, sessions, remembered, settle };
}

describe('LinkLogin', () => {
  it('a new email: lookup says no account, nothing more (the opt-in is the Payment Element’s)', async () => {
    const { api, calls } = fakeLink({});
    const { login, sessions } = harness(api);
    await login.lookUp('new@example.com');
    expect(login.step).toEqual({ step: 'new-shopper', email: 'new@example.com' });
    expect(calls).toEqual(['lookup new@example.com']);
    expect(sessions).toEqual([]);
  });

  it('a known email: sends an SMS code, and a good code logs in and is remembered', async () => {
    const { api, calls } = fakeLink({ 'jenny@example.com': {} });
    const { login, sessions, remembered, settle } = harness(api);
    await login.lookUp('jenny@example.com');
    expect(login.step).toMatchObject({ step: 'verifying', channel: 'SMS', sentTo: '(***) ***-**23' });
    login.typed('4242');
    expect(calls).not.toContain('confirm 4242');
    login.typed('424242');
    await settle();
    expect(login.step).toMatchObject({ step: 'signed-in', session: { email_address: 'jenny@example.com', via: 'otp' } });
    expect(sessions).toEqual([{ client_secret: 'csmrs_secret_jenny@example.com', email_address: 'jenny@example.com', via: 'otp' }]);
    expect(remembered.value?.email_address).toBe('jenny@example.com');
  });

  it('falls back to an email code when SMS cannot be sent', async () => {
    const { api, calls } = fakeLink({ 'jenny@example.com': {} }, { smsFails: true });
    const { login } = harness(api);
    await login.lookUp('jenny@example.com');
    expect(calls.slice(1)).toEqual(['start SMS', 'start EMAIL']);
    expect(login.step).toMatchObject({ step: 'verifying', channel: 'EMAIL', sentTo: 'jenny@example.com' });
  });

  it('000001 then a good code; 000002 then a new code and a good one', async () => {
    const { api, calls } = fakeLink({ 'jenny@example.com': {} });
    const { login, settle } = harness(api);
    await login.lookUp('jenny@example.com');
    login.typed('000001');
    await settle();
    expect(login.otp).toEqual({ code: '', status: 'invalid', message: otpMessages.invalid });
    login.typed('000002');
    await settle();
    expect(login.otp.status).toBe('expired');
    await login.resend();
    expect(calls.filter((c) => c === 'start SMS')).toHaveLength(2);
    expect(login.otp.message).toBe(otpMessages.resent);
    login.typed('123456');
    await settle();
    expect(login.step.step).toBe('signed-in');
  });

  it('000003 locks: no code entry, the session is reported gone, the email is not looked up again', async () => {
    const { api, calls } = fakeLink({ 'jenny@example.com': {} });
    const { login, sessions, settle } = harness(api);
    await login.lookUp('jenny@example.com');
    login.typed('000003');
    await settle();
    expect(login.step).toEqual({ step: 'locked', email: 'jenny@example.com', message: otpMessages.locked });
    expect(sessions).toEqual([null]);
    await login.lookUp('JENNY@example.com');
    expect(calls.filter((c) => c.startsWith('lookup'))).toHaveLength(1);
  });

  it('a locked email on lookup: locked at once, no code sent', async () => {
    const { api, calls } = fakeLink({ 'locked@example.com': { locked: true } });
    const { login } = harness(api);
    await login.lookUp('locked@example.com');
    expect(login.step.step).toBe('locked');
    expect(calls).toEqual(['lookup locked@example.com']);
  });

  it('drops the answer of a lookup the shopper has typed past', async () => {
    const { api } = fakeLink({ 'a@example.com': {} });
    const { login } = harness(api);
    const first = login.lookUp('a@example.com');
    const second = login.lookUp('b@example.com');
    await Promise.all([first, second]);
    expect(login.step).toEqual({ step: 'new-shopper', email: 'b@example.com' });
  });

  it('restore: a remembered session that still works logs in without a code', async () => {
    const { api, calls } = fakeLink({});
    const { login, sessions } = harness(api, memory({ client_secret: 'csmrs_secret_r', email_address: 'r@example.com' }));
    await login.restore({ intentClientSecret: 'seti_1_secret_x', email: null });
    expect(login.step).toMatchObject({ step: 'signed-in', session: { via: 'remembered' } });
    expect(calls).toEqual(['list']);
    expect(sessions).toHaveLength(1);
  });

  it('restore: a stale remembered session is forgotten and the email looked up', async () => {
    const { api } = fakeLink({});
    const remembered = memory({ client_secret: 'csmrs_secret_stale', email_address: 'r@example.com' });
    const { login } = harness(api, remembered);
    await login.restore({ intentClientSecret: null, email: 'r@example.com' });
    expect(remembered.value).toBeNull();
    expect(login.step).toEqual({ step: 'new-shopper', email: 'r@example.com' });
  });

  it('restore: the intent’s persistent token logs in without a code', async () => {
    const { api, calls } = fakeLink({ 't@example.com': {} }, { tokenEmail: 't@example.com' });
    const { login } = harness(api);
    await login.restore({ intentClientSecret: 'seti_1_secret_x', email: null });
    expect(login.step).toMatchObject({ step: 'signed-in', session: { email_address: 't@example.com', via: 'persistent_token' } });
    expect(calls).toEqual(['lookup  +token']);
  });

  it('restore: a token without a login falls back to the prefilled email in the same lookup', async () => {
    const { api, calls } = fakeLink({ 'p@example.com': {} });
    const { login } = harness(api);
    await login.restore({ intentClientSecret: 'seti_1_secret_x', email: 'p@example.com' });
    expect(login.step.step).toBe('verifying');
    expect(calls).toEqual(['lookup p@example.com +token', 'start SMS']);
  });

  it('restore: a failed token lookup still looks the prefilled email up', async () => {
    const { api } = fakeLink({ 'p@example.com': {} });
    const failing: LinkApi = { ...api, lookup: (q) => (q.intent_client_secret ? Promise.resolve(fail('resource_missing')) : api.lookup(q)) };
    const { login } = harness(failing);
    await login.restore({ intentClientSecret: 'seti_gone_secret_x', email: 'p@example.com' });
    expect(login.step.step).toBe('verifying');
  });

  it('log out forgets the shopper here and at Link', async () => {
    const { api, calls } = fakeLink({});
    const { login, sessions, remembered } = harness(api, memory({ client_secret: 'csmrs_secret_r', email_address: 'r@example.com' }));
    await login.restore({ intentClientSecret: null, email: null });
    await login.logOut();
    expect(login.step.step).toBe('none');
    expect(sessions.at(-1)).toBeNull();
    expect(remembered.value).toBeNull();
    expect(calls).toContain('log_out');
  });
});
