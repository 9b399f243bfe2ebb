import type { DeferredIntent } from '../../protocol.ts';
import type { ApiResult, EmulatorApi } from '../shared/api.ts';

/** The part of `GET /v1/elements/sessions` the Payment Element reads. */
interface ElementsSession {
  payment_method_preference: { ordered_payment_method_types: string[] };
}

/**
 * The payment method types a deferred-intent Payment Element offers, asked the way Stripe.js asks
 * (`GET /v1/elements/sessions?type=deferred_intent&deferred_intent[…]` with the publishable key):
 * the group's `allowedPaymentMethodTypes` (or `paymentMethodTypes`), or the account's automatic
 * payment methods (the card, and Link while the account has it on), less its
 * `excludedPaymentMethodTypes`.
 *
 * @example
 * const types = await deferredPaymentMethodTypes(api, { mode: 'setup', currency: 'usd', … });
 */
export async function deferredPaymentMethodTypes(api: EmulatorApi, deferred: DeferredIntent): Promise<ApiResult<string[]>> {
  const res = await api.get<ElementsSession>('/v1/elements/sessions', {
    type: 'deferred_intent',
    deferred_intent: {
      mode: deferred.mode,
      amount: deferred.amount,
      currency: deferred.currency,
      payment_method_types: deferred.paymentMethodTypes ?? undefined,
      excluded_payment_method_types: deferred.excludedPaymentMethodTypes ?? undefined,
      setup_future_usage: deferred.setupFutureUsage,
      capture_method: deferred.captureMethod,
      payment_method_configuration: deferred.paymentMethodConfiguration,
      on_behalf_of: deferred.onBehalfOf,
    },
  });
  return res.ok ? { ok: true, body: res.body.payment_method_preference.ordered_payment_method_types } : res;
}
