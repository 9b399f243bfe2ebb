import { describe, expect, it } from 'vitest';
import { codeDigits, initialOtpState, otpMessages, otpOutcome, otpReducer, readyToSubmit, type OtpEvent, type OtpState } from './otp-state.ts';

const run = (events: OtpEvent[], from: OtpState = initialOtpState) => events.reduce(otpReducer, from);

describe('codeDigits', () => {
  it('keeps at most six digits of what was typed or pasted', () => {
    expect(codeDigits('42-42 42')).toBe('424242');
    expect(codeDigits('12345678')).toBe('123456');
    expect(codeDigits('abc')).toBe('');
  });
});

describe('otpReducer', () => {
  it('submits once six digits are in', () => {
    const partial = run([{ type: 'typed', value: '42424' }]);
    expect(readyToSubmit(partial)).toBe(false);
    const whole = run([{ type: 'typed', value: '424242' }]);
    expect(readyToSubmit(whole)).toBe(true);
    expect(readyToSubmit(otpReducer(whole, { type: 'checking' }))).toBe(false);
  });

  it('000001: shows the invalid-code error, clears the code and accepts another try', () => {
    const invalid = run([{ type: 'typed', value: '000001' }, { type: 'checking' }, { type: 'answered', outcome: 'invalid' }]);
    expect(invalid).toEqual({ code: '', status: 'invalid', message: otpMessages.invalid });
    const retry = otpReducer(invalid, { type: 'typed', value: '1' });
    expect(retry).toEqual({ code: '1', status: 'entering', message: null });
  });

  it('000002: stays expired while typing, until a new code is sent', () => {
    const expired = run([{ type: 'typed', value: '000002' }, { type: 'checking' }, { type: 'answered', outcome: 'expired' }]);
    expect(expired.message).toBe(otpMessages.expired);
    expect(otpReducer(expired, { type: 'typed', value: '12' }).status).toBe('expired');
    const resent = run([{ type: 'sending' }, { type: 'sent' }], expired);
    expect(resent).toEqual({ code: '', status: 'entering', message: otpMessages.resent });
    expect(readyToSubmit(otpReducer(resent, { type: 'typed', value: '424242' }))).toBe(true);
  });

  it('000003: locks the entry, which then ignores typing', () => {
    const locked = run([{ type: 'typed', value: '000003' }, { type: 'checking' }, { type: 'answered', outcome: 'locked' }]);
    expect(locked.status).toBe('locked');
    expect(otpReducer(locked, { type: 'typed', value: '424242' })).toBe(locked);
  });

  it('ignores typing while a code is being checked', () => {
    const checking = run([{ type: 'typed', value: '424242' }, { type: 'checking' }]);
    expect(otpReducer(checking, { type: 'typed', value: '1' })).toBe(checking);
  });

  it('a failed send leaves the shopper able to ask again', () => {
    const failed = run([{ type: 'sending' }, { type: 'send-failed', message: 'No connection.' }]);
    expect(failed).toEqual({ code: '', status: 'expired', message: 'No connection.' });
  });
});

describe('otpOutcome', () => {
  it('reads the emulator error codes', () => {
    expect(otpOutcome(null)).toBe('verified');
    expect(otpOutcome({ type: 'invalid_request_error', code: 'consumer_verification_code_invalid', message: '' })).toBe('invalid');
    expect(otpOutcome({ type: 'invalid_request_error', code: 'consumer_verification_expired', message: '' })).toBe('expired');
    expect(otpOutcome({ type: 'invalid_request_error', code: 'consumer_verification_max_attempts_exceeded', message: '' })).toBe('locked');
    expect(otpOutcome({ type: 'invalid_request_error', code: 'consumer_account_locked', message: '' })).toBe('locked');
    expect(otpOutcome({ type: 'api_connection_error', message: '' })).toBe('failed');
  });
});
