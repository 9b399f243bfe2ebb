// The Link persistent token of a saved payment method, as Stripe holds it: what the merchant's
// cookie must carry (COOKIE-01..05).
import { expect } from '@playwright/test';
import type { RequirementId } from '../../harness/requirements/requirements.ts';
import { notApplicable } from '../../harness/reporter/not-applicable.ts';
import type { InspectedSetupIntent, StripeCall } from '../../harness/inspect/index.ts';
import { savedCustomerOf } from './setup-intent-reads.ts';

/**
 * The persistent token of the Link payment method a saved SetupIntent holds. Fails (naming the
 * requirement) when it saved no Link payment method; ends the scenario as not applicable when
 * Stripe gives no token (real Stripe now marks the field legacy: the stripe package's types,
 * resources/SetupIntents.d.ts, call `persistent_token` "a legacy parameter that no longer has any function").
 *
 * @example
 * const { token } = linkPersistentToken(saved, 'COOKIE-01');
 */
export function linkPersistentToken(
  saved: InspectedSetupIntent,
  requirement: RequirementId,
): { token: string; paymentMethod: string; customer: string | null } {
  const pm = saved.payment_method;
  expect(
    pm?.type,
    `${requirement}: the shopper ticked the Link opt-in, so ${saved.id} should have saved a Link payment method; it saved ${pm ? `a '${pm.type}' payment method` : 'none'} (payment_method_types: [${saved.payment_method_types.join(', ')}])`,
  ).toBe('link');
  const token = (pm!.link as { persistent_token?: string | null } | null)?.persistent_token;
  if (!token)
    notApplicable(
      `Stripe returned no Link persistent token for ${pm!.id} (real Stripe marks persistent_token as legacy): the merchant domain cookie cannot be exercised`,
    );
  return { token, paymentMethod: pm!.id, customer: savedCustomerOf(saved) };
}

/** The `payment_method_options[link][persistent_token]` of a call's parameters, if any. */
export function persistentTokenParam(call: Pick<StripeCall, 'params'>): unknown {
  const options = call.params.payment_method_options as { link?: { persistent_token?: unknown } } | undefined;
  return options?.link?.persistent_token;
}

/** A call for failure messages: `POST /v1/setup_intents {payment_method_options: …}`. */
export const describeCall = (call: StripeCall): string => `${call.method} ${call.path} ${JSON.stringify(call.params)}`;
