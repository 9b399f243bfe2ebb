import { describe, expect, it } from 'vitest';
import { attributeFailure, namesRequirement } from './requirement-outcome.ts';

describe('namesRequirement', () => {
  it('finds the whole ID only', () => {
    expect(namesRequirement('OTP-01: the code was refused', 'OTP-01')).toBe(true);
    expect(namesRequirement('Error: expected (@OTP-01) to log in', 'OTP-01')).toBe(true);
    expect(namesRequirement('OTP-010: another requirement', 'OTP-01')).toBe(false);
    expect(namesRequirement('XOTP-01: another area', 'OTP-01')).toBe(false);
    expect(namesRequirement('NOTP-01 and 3DS-01x', '3DS-01')).toBe(false);
  });
});

describe('attributeFailure', () => {
  const title = 'EMAIL-02 OTP-01 OFF-02 a returning shopper logs in';
  const requirements = ['EMAIL-02', 'OTP-01', 'OFF-02'];
  const attribute = (messages: string[], checked: string[] = []) => attributeFailure({ title, requirements, messages, checked: new Set(checked) });

  it('fails the named requirement with the message that names it, passes the checked one, and the rest were not reached', () => {
    expect(attribute(['Timed out 5000ms', 'OTP-01: any other six digits log in'], ['EMAIL-02'])).toEqual({
      'EMAIL-02': { status: 'passed', reason: null, error: null },
      'OTP-01': { status: 'failed', reason: null, error: 'OTP-01: any other six digits log in' },
      'OFF-02': { status: 'not-run', reason: `not reached: ${title} failed first on OTP-01`, error: null },
    });
  });

  it('reads every message: a later one can name another requirement', () => {
    const outcomes = attribute(['EMAIL-02: no OTP field', 'OFF-02: not charged']);
    expect(outcomes['EMAIL-02']).toMatchObject({ status: 'failed', error: 'EMAIL-02: no OTP field' });
    expect(outcomes['OFF-02']).toMatchObject({ status: 'failed', error: 'OFF-02: not charged' });
    expect(outcomes['OTP-01']).toMatchObject({ status: 'not-run', reason: `not reached: ${title} failed first on EMAIL-02, OFF-02` });
  });

  it('a named requirement fails even when it was marked checked', () => {
    expect(attribute(['OTP-01: soft assertion'], ['OTP-01'])['OTP-01']?.status).toBe('failed');
  });

  it('a failure that names none of them fails every requirement not marked checked', () => {
    expect(attribute(['Test timeout of 30000ms exceeded.'], ['EMAIL-02'])).toEqual({
      'EMAIL-02': { status: 'passed', reason: null, error: null },
      'OTP-01': { status: 'failed', reason: null, error: 'Test timeout of 30000ms exceeded.' },
      'OFF-02': { status: 'failed', reason: null, error: 'Test timeout of 30000ms exceeded.' },
    });
    expect(attribute([])['OTP-01']).toMatchObject({ status: 'failed', error: 'failed without an error message' });
  });
});
