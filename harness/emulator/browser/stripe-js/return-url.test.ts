import { describe, expect, it } from 'vitest';
import { isAbsoluteHttpUrl, redirectStatus, returnUrlWithIntent } from './return-url.ts';

const seti = { id: 'seti_123', client_secret: 'seti_123_secret_abc', status: 'succeeded' };

describe('the return_url Stripe.js redirects to', () => {
  it('appends setup_intent, its client secret and redirect_status', () => {
    expect(returnUrlWithIntent('https://shop.test/done', 'setup', seti)).toBe(
      'https://shop.test/done?setup_intent=seti_123&setup_intent_client_secret=seti_123_secret_abc&redirect_status=succeeded',
    );
  });

  it("keeps the merchant's own query parameters byte for byte, and the fragment after the query", () => {
    const url = returnUrlWithIntent('https://shop.test/done?order=7&note=a+b%20c&flag#receipt', 'setup', seti);
    expect(url).toBe(
      'https://shop.test/done?order=7&note=a+b%20c&flag&setup_intent=seti_123&setup_intent_client_secret=seti_123_secret_abc&redirect_status=succeeded#receipt',
    );
    const params = new URL(url).searchParams;
    expect(params.get('order')).toBe('7');
    expect(params.get('note')).toBe('a b c');
  });

  it('replaces stale values of its own parameters instead of repeating them', () => {
    const url = returnUrlWithIntent('https://shop.test/done?setup_intent=seti_old&redirect_status=failed&order=7', 'setup', seti);
    const params = new URL(url).searchParams;
    expect(params.getAll('setup_intent')).toEqual(['seti_123']);
    expect(params.getAll('redirect_status')).toEqual(['succeeded']);
    expect(params.get('order')).toBe('7');
  });

  it('names PaymentIntents payment_intent and maps statuses to redirect_status', () => {
    const url = returnUrlWithIntent('https://shop.test/paid?', 'payment', { id: 'pi_9', client_secret: 'pi_9_secret_z', status: 'processing' });
    expect(url).toBe('https://shop.test/paid?payment_intent=pi_9&payment_intent_client_secret=pi_9_secret_z&redirect_status=processing');
    expect(redirectStatus('succeeded')).toBe('succeeded');
    expect(redirectStatus('requires_capture')).toBe('succeeded');
    expect(redirectStatus('requires_payment_method')).toBe('failed');
  });

  it('accepts absolute http(s) URLs only, as the API does', () => {
    expect(isAbsoluteHttpUrl('http://localhost:4242/return')).toBe(true);
    expect(isAbsoluteHttpUrl('https://shop.test')).toBe(true);
    expect(isAbsoluteHttpUrl('/return')).toBe(false);
    expect(isAbsoluteHttpUrl('javascript:alert(1)')).toBe(false);
  });
});
