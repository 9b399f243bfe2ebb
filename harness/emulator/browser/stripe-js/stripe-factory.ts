import { confirmCardIntent } from './card-confirm.ts';
import { confirmIntent } from './confirm-intent.ts';
import { createConfirmationToken } from './confirmation-token.ts';
import { ElementsGroup } from './elements-group.ts';
import { checkPublishableKey } from './keys.ts';
import { createPaymentMethod, createToken } from './payment-method-creation.ts';
import { handleNextAction, retrieveIntent } from './retrieve-intent.ts';
import { stripeContext } from './stripe-context.ts';
import { isRecord } from '../values.ts';

/**
 * One `Stripe(publishableKey, options)` instance: the methods a guide-following page and
 * `@stripe/react-stripe-js` call (react-stripe-js accepts the object only when `elements`,
 * `createToken`, `createPaymentMethod` and `confirmCardPayment` are functions).
 */
export function createStripe(publishableKey: unknown, options?: unknown) {
  const ctx = stripeContext(checkPublishableKey(publishableKey), isRecord(options) ? { ...options } : {});
  const wrappers: unknown[] = [];
  const appInfo: unknown[] = [];
  return {
    elements: (elementsOptions?: unknown) => new ElementsGroup(ctx, isRecord(elementsOptions) ? elementsOptions : {}),
    confirmSetup: (args: Parameters<typeof confirmIntent>[2]) => confirmIntent(ctx, 'setup', args),
    confirmPayment: (args: Parameters<typeof confirmIntent>[2]) => confirmIntent(ctx, 'payment', args),
    retrieveSetupIntent: (clientSecret: unknown) => retrieveIntent(ctx, 'setup', clientSecret),
    retrievePaymentIntent: (clientSecret: unknown) => retrieveIntent(ctx, 'payment', clientSecret),
    createPaymentMethod: (first: unknown, second?: unknown, third?: unknown) => createPaymentMethod(ctx, first, second, third),
    createToken: (what: unknown, data?: unknown) => createToken(ctx, what, data),
    createConfirmationToken: (options: unknown) => createConfirmationToken(ctx, options),
    confirmCardSetup: (clientSecret: unknown, data?: unknown, opts?: unknown) => confirmCardIntent(ctx, 'setup', clientSecret, data, opts),
    confirmCardPayment: (clientSecret: unknown, data?: unknown, opts?: unknown) => confirmCardIntent(ctx, 'payment', clientSecret, data, opts),
    // The names Stripe.js kept for these before the confirm* methods.
    handleCardSetup: (clientSecret: unknown, data?: unknown, opts?: unknown) => confirmCardIntent(ctx, 'setup', clientSecret, data, opts),
    handleCardPayment: (clientSecret: unknown, data?: unknown, opts?: unknown) => confirmCardIntent(ctx, 'payment', clientSecret, data, opts),
    handleNextAction: (args: unknown) => handleNextAction(ctx, 'stripe.handleNextAction()', isRecord(args) ? args.clientSecret : undefined),
    handleCardAction: (clientSecret: unknown) => handleNextAction(ctx, 'stripe.handleCardAction()', clientSecret, 'payment'),
    /** `@stripe/react-stripe-js` tells Stripe.js who it is; kept for nothing but the record. */
    registerAppInfo: (info: unknown) => void appInfo.push(info),
    /** `@stripe/stripe-js` and `@stripe/react-stripe-js` register themselves after loading. */
    _registerWrapper: (wrapper: unknown) => void wrappers.push(wrapper),
  };
}
