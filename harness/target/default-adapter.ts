import { chargeLaterHook } from './charge-later-hook.ts';
import type { CheckoutAdapter, CheckoutUnderTest } from './glossary.ts';
import { referenceCheckoutAdapter } from './reference-adapter.ts';

/**
 * The steps a checkout gets unless its `link-harness.config.ts` replaces them: the reference
 * checkout's, with `chargeLater` posting to the target's charge-later hook. `readChargeRecord`
 * is the reference checkout's account page, so it is a default only for the embedded reference
 * checkout: another checkout without its own reports "recorded" as not checked.
 *
 * @example
 * defaultCheckoutAdapter({ checkout: { kind: 'external', url: 'http://localhost:3000' }, chargeUrl: undefined }).readChargeRecord // undefined
 */
export function defaultCheckoutAdapter({ checkout, chargeUrl }: { checkout: CheckoutUnderTest; chargeUrl: string | undefined }): CheckoutAdapter {
  const { readChargeRecord, ...anyCheckout } = referenceCheckoutAdapter;
  return {
    ...anyCheckout,
    ...(checkout.kind === 'reference' && readChargeRecord ? { readChargeRecord } : {}),
    chargeLater: chargeLaterHook(chargeUrl, checkout.url),
  };
}
