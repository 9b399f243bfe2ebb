import { IntegrationError } from './integration-error.ts';

/**
 * Checks the key given to `Stripe(key)`. The harness is test-mode only: a live key is refused
 * here, before any request, as the emulator refuses it on the API.
 *
 * @example
 * checkPublishableKey('pk_test_shop') // 'pk_test_shop'
 */
export function checkPublishableKey(key: unknown): string {
  if (typeof key !== 'string' || key === '')
    throw new IntegrationError(`Invalid value for Stripe(): apiKey should be a string. You specified: ${key === '' ? "''" : typeof key}.`);
  if (/^(pk|sk|rk)_live_/.test(key))
    throw new IntegrationError(
      'link-harness: Stripe() was given a live-mode key. The harness is test-mode only and refuses live keys; use a pk_test_… key (any pk_test_<name> works with the emulator).',
    );
  if (/^(sk|rk)_/.test(key)) throw new IntegrationError('You should not use your secret key with Stripe.js. Please pass a publishable key instead.');
  if (!/^pk_test_[A-Za-z0-9_]{1,200}$/.test(key))
    throw new IntegrationError(`Invalid value for Stripe(): apiKey should be a publishable key of the form pk_test_…. You specified: ${key.slice(0, 12)}….`);
  return key;
}
