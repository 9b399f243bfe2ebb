import { intentPaymentMethodTypes, automaticPaymentMethodTypes } from '../domain/payment-method-types.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { parameterInvalid, parameterMissing } from '../core/errors.ts';
import { arr, int, obj, oneOf, str } from '../http/params.ts';

/**
 * `GET /v1/elements/sessions`: what the Payment Element asks before it renders. Stripe.js calls it
 * with the publishable key; it is not in Stripe's published spec, so the emulator answers a
 * small, harness-documented shape (see `contract/internal-schemas.ts`). Only the deferred-intent
 * form (`type=deferred_intent`, from `stripe.elements({mode, currency, …})`) is served: with an
 * intent, the frame reads the intent itself.
 */

interface DeferredIntentParams {
  mode: 'payment' | 'setup' | 'subscription';
  amount?: number;
  currency?: string;
  payment_method_types?: string[];
  excluded_payment_method_types?: string[];
  setup_future_usage?: 'off_session' | 'on_session';
  capture_method?: 'automatic' | 'automatic_async' | 'manual';
  payment_method_configuration?: string;
  on_behalf_of?: string;
}

/** The answer: which payment methods the Payment Element offers, in order, and whether Link is on. */
export interface ElementsSession {
  object: 'elements_session';
  livemode: false;
  account_id: string;
  payment_method_preference: { object: 'payment_method_preference'; type: 'deferred_intent'; ordered_payment_method_types: string[] };
  link_settings: { link_enabled: boolean };
}

const elementsSession = defineEndpoint<{ type: 'deferred_intent'; deferred_intent?: DeferredIntentParams; locale?: string }>({
  method: 'get',
  path: '/v1/elements/sessions',
  access: 'publishable',
  params: obj(
    {
      type: oneOf('deferred_intent'),
      locale: str(),
      deferred_intent: obj(
        {
          mode: oneOf('payment', 'setup', 'subscription'),
          amount: int({ min: 0 }),
          currency: str({ max: 3 }),
          payment_method_types: arr(str({ max: 100 }), 100),
          excluded_payment_method_types: arr(str({ max: 100 }), 100),
          setup_future_usage: oneOf('off_session', 'on_session'),
          capture_method: oneOf('automatic', 'automatic_async', 'manual'),
          payment_method_configuration: str(),
          on_behalf_of: str(),
        },
        ['mode'],
      ),
    },
    ['type'],
  ),
  handle({ account }, p): ElementsSession {
    const deferred = p.deferred_intent;
    if (!deferred) throw parameterMissing('deferred_intent');
    if (deferred.mode !== 'setup' && deferred.currency === undefined) throw parameterMissing('deferred_intent[currency]');
    if (deferred.mode !== 'setup' && deferred.amount === undefined) throw parameterMissing('deferred_intent[amount]');
    const automatic = automaticPaymentMethodTypes(account.paymentMethodSettings);
    const named = deferred.payment_method_types?.filter((t) => (intentPaymentMethodTypes as readonly string[]).includes(t));
    if (named && named.length === 0)
      throw parameterInvalid(
        'deferred_intent[payment_method_types]',
        `None of these payment method types is emulated: ${deferred.payment_method_types!.join(', ')}. The link-harness emulator supports ${intentPaymentMethodTypes.join(', ')}.`,
      );
    const offered = (named ?? automatic).filter((t) => !deferred.excluded_payment_method_types?.includes(t));
    if (offered.length === 0)
      throw parameterInvalid(
        'deferred_intent[excluded_payment_method_types]',
        'No payment method types are left to offer once the excluded ones are taken out.',
      );
    return {
      object: 'elements_session',
      livemode: false,
      account_id: account.id,
      payment_method_preference: { object: 'payment_method_preference', type: 'deferred_intent', ordered_payment_method_types: offered },
      link_settings: { link_enabled: offered.includes('link') },
    };
  },
});

/** `GET /v1/elements/sessions` for deferred intents. */
export const elementsSessionEndpoints: Endpoint[] = [elementsSession];
