import { describe, expect, it } from 'vitest';
import { connectionError, toStripeJsError, validationError } from './stripe-errors.ts';

describe('toStripeJsError', () => {
  it('keeps the fields of a card error and the intent it carries', () => {
    const intent = { id: 'seti_1', status: 'requires_payment_method' };
    const error = toStripeJsError(402, {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
        param: '',
        setup_intent: intent,
      },
    });
    expect(error).toEqual({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
      setup_intent: intent,
    });
  });

  it('falls back to a type from the status when the body names none', () => {
    expect(toStripeJsError(401, {}).type).toBe('authentication_error');
    expect(toStripeJsError(429, 'oops').type).toBe('rate_limit_error');
    expect(toStripeJsError(503, null).type).toBe('api_error');
    expect(toStripeJsError(404, { error: { type: 'weird' } }).type).toBe('invalid_request_error');
    expect(toStripeJsError(500, {}).message).toContain('500');
  });
});

describe('client-side errors', () => {
  it('names connection and validation failures as Stripe.js does', () => {
    expect(connectionError('fetch failed').type).toBe('api_connection_error');
    expect(validationError('incomplete_number', 'Your card number is incomplete.', 'number')).toEqual({
      type: 'validation_error',
      code: 'incomplete_number',
      message: 'Your card number is incomplete.',
      param: 'number',
    });
  });
});
