import { describe, expect, it } from 'vitest';
import { errorAfterAuthentication, type ClientIntent } from './errors.ts';
import { threeDSecureChallengeUrl } from './next-action.ts';

const intent = (fields: Partial<ClientIntent>): ClientIntent => ({
  id: 'seti_1',
  object: 'setup_intent',
  status: 'succeeded',
  client_secret: 'seti_1_secret_x',
  ...fields,
});

describe('the error after a 3D Secure challenge', () => {
  it('is none when the intent went through', () => {
    expect(errorAfterAuthentication('setup', intent({ status: 'succeeded' }))).toBeUndefined();
    expect(errorAfterAuthentication('payment', intent({ id: 'pi_1', object: 'payment_intent', status: 'processing' }))).toBeUndefined();
  });

  it("is the intent's last_setup_error after Fail, with the intent attached", () => {
    const failed = intent({
      status: 'requires_payment_method',
      last_setup_error: {
        type: 'invalid_request_error',
        code: 'setup_intent_authentication_failure',
        message: 'We are unable to authenticate your payment method.',
        doc_url: 'https://stripe.com/docs/error-codes/setup-intent-authentication-failure',
        payment_method: { id: 'pm_1' },
      },
    });
    expect(errorAfterAuthentication('setup', failed)).toEqual({
      type: 'invalid_request_error',
      code: 'setup_intent_authentication_failure',
      message: 'We are unable to authenticate your payment method.',
      doc_url: 'https://stripe.com/docs/error-codes/setup-intent-authentication-failure',
      payment_method: { id: 'pm_1' },
      setup_intent: failed,
    });
  });

  it('reads an unanswered challenge as an authentication failure of the right kind', () => {
    const waiting = intent({ id: 'pi_1', object: 'payment_intent', status: 'requires_action' });
    expect(errorAfterAuthentication('payment', waiting)).toMatchObject({
      type: 'invalid_request_error',
      code: 'payment_intent_authentication_failure',
      payment_intent: waiting,
    });
  });
});

describe('next actions', () => {
  it('finds the challenge page of a use_stripe_sdk three_d_secure_redirect, and nothing else', () => {
    const page = 'http://127.0.0.1:12111/three-ds-2-challenge/src_1?intent=seti_1';
    expect(threeDSecureChallengeUrl({ type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: page, source: 'src_1' } })).toBe(
      page,
    );
    expect(threeDSecureChallengeUrl({ type: 'redirect_to_url', redirect_to_url: { url: page } })).toBeUndefined();
    expect(
      threeDSecureChallengeUrl({ type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: 'javascript:alert(1)' } }),
    ).toBeUndefined();
    expect(threeDSecureChallengeUrl(null)).toBeUndefined();
  });
});
