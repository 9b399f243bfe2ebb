import type { StripeJsError } from '../../protocol.ts';

/**
 * The six-digit code entry as a small state machine, free of DOM and network so it can be
 * tested alone. The component renders it; the Link login flow feeds it the API's answers.
 *
 * - `entering`: the shopper types; six digits submit.
 * - `checking`: the code is with the API; typing is ignored.
 * - `invalid`: wrong code (`000001`); the code was cleared and another try is accepted.
 * - `expired`: the code expired (`000002`); only "Send a new code" helps.
 * - `sending`: a new code is on its way.
 * - `locked`: too many attempts (`000003`); the entry is gone, the shopper pays without Link.
 * - `verified`: logged in.
 */
export type OtpStatus = 'entering' | 'checking' | 'invalid' | 'expired' | 'sending' | 'locked' | 'verified';

export interface OtpState {
  code: string;
  status: OtpStatus;
  /** The error or notice shown under the boxes (announced through `aria-live`). */
  message: string | null;
}

export const CODE_LENGTH = 6;

export const otpMessages = {
  invalid: 'That code is invalid. Check the code and try again.',
  expired: 'This code has expired. Send a new code to continue.',
  locked: 'Too many attempts. Link is unavailable for this email right now, so continue with your card details.',
  resent: 'A new code has been sent.',
  failed: 'Something went wrong while checking your code. Try again.',
} as const;

export type OtpEvent =
  | { type: 'typed'; value: string }
  | { type: 'checking' }
  | { type: 'answered'; outcome: OtpOutcome; message?: string }
  | { type: 'sending' }
  | { type: 'sent' }
  | { type: 'send-failed'; message: string };

export type OtpOutcome = 'verified' | 'invalid' | 'expired' | 'locked' | 'failed';

export const initialOtpState: OtpState = { code: '', status: 'entering', message: null };

/** The digits of what was typed or pasted, at most six. */
export const codeDigits = (value: string): string => value.replace(/\D/g, '').slice(0, CODE_LENGTH);

const busy = (s: OtpStatus) => s === 'checking' || s === 'sending' || s === 'locked' || s === 'verified';

function answered(state: OtpState, outcome: OtpOutcome, message: string | undefined): OtpState {
  switch (outcome) {
    case 'verified':
      return { code: state.code, status: 'verified', message: null };
    case 'invalid':
      return { code: '', status: 'invalid', message: otpMessages.invalid };
    case 'expired':
      return { code: '', status: 'expired', message: otpMessages.expired };
    case 'locked':
      return { code: '', status: 'locked', message: message ?? otpMessages.locked };
    case 'failed':
      return { code: '', status: 'entering', message: message ?? otpMessages.failed };
  }
}

/**
 * The next state of the code entry.
 *
 * @example
 * otpReducer(initialOtpState, { type: 'typed', value: '42 42 42' }) // { code: '424242', status: 'entering', … }
 */
export function otpReducer(state: OtpState, event: OtpEvent): OtpState {
  switch (event.type) {
    case 'typed': {
      if (busy(state.status)) return state;
      const code = codeDigits(event.value);
      // A new try clears an invalid-code error; an expired code stays expired until a new one is sent.
      if (state.status === 'invalid' && code !== '') return { code, status: 'entering', message: null };
      return { ...state, code };
    }
    case 'checking':
      return { ...state, status: 'checking', message: null };
    case 'answered':
      return answered(state, event.outcome, event.message);
    case 'sending':
      return { code: '', status: 'sending', message: null };
    case 'sent':
      return { code: '', status: 'entering', message: otpMessages.resent };
    case 'send-failed':
      return { code: '', status: 'expired', message: event.message };
  }
}

/** True when this state holds a whole code the API has not seen yet. */
export const readyToSubmit = (state: OtpState): boolean => state.code.length === CODE_LENGTH && (state.status === 'entering' || state.status === 'expired');

/** What a `confirm_verification` answer means for the code entry (codes from the emulator's Link errors). */
export function otpOutcome(error: StripeJsError | null): OtpOutcome {
  if (!error) return 'verified';
  switch (error.code) {
    case 'consumer_verification_code_invalid':
      return 'invalid';
    case 'consumer_verification_expired':
      return 'expired';
    case 'consumer_verification_max_attempts_exceeded':
    case 'consumer_account_locked':
      return 'locked';
    default:
      return 'failed';
  }
}
