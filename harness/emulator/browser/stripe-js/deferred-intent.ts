import type { DeferredIntent, IntentKind } from '../protocol.ts';
import { IntegrationError, integrationError } from './integration-error.ts';
import { isRecord } from '../values.ts';

export type { DeferredIntent };

/**
 * `stripe.elements({mode, currency, amount, …})` without a client secret: the intent comes later
 * (deferred intent creation). Stripe.js checks the options when the group is created and when
 * `elements.update()` changes them; wrong ones throw an IntegrationError.
 */

const modes = ['payment', 'setup', 'subscription'] as const;

const pick = (options: Record<string, unknown>, camel: string, snake: string): unknown => options[camel] ?? options[snake];

function oneOfOrNull<T extends string>(call: string, name: string, value: unknown, allowed: readonly T[]): T | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !allowed.includes(value as T))
    throw integrationError(call, `${name} should be one of ${allowed.map((a) => `'${a}'`).join(', ')}; you specified ${JSON.stringify(value)}.`);
  return value as T;
}

function stringOrNull(call: string, name: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value === '') throw integrationError(call, `${name} should be a non-empty string; you specified ${JSON.stringify(value)}.`);
  return value;
}

function typeList(call: string, name: string, value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.length === 0 || !value.every((t) => typeof t === 'string'))
    throw integrationError(
      call,
      `${name} should be a non-empty array of payment method type names such as ['card', 'link']; you specified ${JSON.stringify(value)}.`,
    );
  return [...(value as string[])];
}

/**
 * The deferred intent an Elements group's options describe, or null when they name a client
 * secret (or nothing: such a group can hold a Link Authentication Element but no Payment Element).
 *
 * @example
 * readDeferredIntent('stripe.elements()', { mode: 'setup', currency: 'usd' })?.mode // 'setup'
 * readDeferredIntent('stripe.elements()', { mode: 'payment', amount: 1000 }) // throws: currency is required
 */
export function readDeferredIntent(call: string, options: Record<string, unknown>): DeferredIntent | null {
  if (options.mode === undefined) return null;
  if (options.clientSecret !== undefined && options.clientSecret !== null)
    throw integrationError(call, 'pass either a clientSecret or a mode, not both: a mode is for an intent you create after the shopper submits.');
  const mode = oneOfOrNull(call, 'mode', options.mode, modes)!;
  const currency = stringOrNull(call, 'currency', options.currency);
  if (currency !== null && !/^[a-zA-Z]{3}$/.test(currency))
    throw integrationError(call, `currency should be a three-letter ISO currency code such as 'usd'; you specified ${JSON.stringify(currency)}.`);
  if (mode !== 'setup' && currency === null)
    throw new IntegrationError(
      `Missing value for ${call.replace(/\(\)$/, '')}: currency should be a three-letter currency code (e.g. 'usd') when mode is '${mode}'.`,
    );
  const amount = options.amount;
  if (mode !== 'setup' && amount === undefined)
    throw new IntegrationError(
      `Missing value for ${call.replace(/\(\)$/, '')}: amount should be a positive integer in the currency's smallest unit when mode is '${mode}'.`,
    );
  if (amount !== undefined && (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0))
    throw integrationError(
      call,
      `amount should be a non-negative integer in the currency's smallest unit (e.g. 1099 for $10.99); you specified ${JSON.stringify(amount)}.`,
    );
  const types =
    typeList(call, 'allowedPaymentMethodTypes', options.allowedPaymentMethodTypes) ??
    typeList(call, 'paymentMethodTypes', pick(options, 'paymentMethodTypes', 'payment_method_types'));
  const excluded = typeList(call, 'excludedPaymentMethodTypes', options.excludedPaymentMethodTypes);
  return {
    mode,
    amount: typeof amount === 'number' ? amount : null,
    currency: currency?.toLowerCase() ?? null,
    paymentMethodTypes: types,
    excludedPaymentMethodTypes: excluded,
    setupFutureUsage: oneOfOrNull(call, 'setupFutureUsage', pick(options, 'setupFutureUsage', 'setup_future_usage'), ['off_session', 'on_session'] as const),
    captureMethod: oneOfOrNull(call, 'captureMethod', pick(options, 'captureMethod', 'capture_method'), ['manual', 'automatic', 'automatic_async'] as const),
    paymentMethodCreation: oneOfOrNull(call, 'paymentMethodCreation', options.paymentMethodCreation, ['manual'] as const),
    paymentMethodConfiguration: stringOrNull(call, 'paymentMethodConfiguration', pick(options, 'paymentMethodConfiguration', 'payment_method_configuration')),
    onBehalfOf: stringOrNull(call, 'onBehalfOf', pick(options, 'onBehalfOf', 'on_behalf_of')),
  };
}

/** The intent kind a deferred intent's mode stands for (a subscription's first payment is a PaymentIntent). */
export const intentKindOfMode = (mode: DeferredIntent['mode']): IntentKind => (mode === 'setup' ? 'setup' : 'payment');

/** What a confirm with a deferred-intent group checks: the group was submitted, and the intent is of its mode. */
export function checkDeferredConfirm(call: string, group: { submitted: boolean; deferredIntent: DeferredIntent | null }, kind: IntentKind): void {
  if (!group.submitted)
    throw new IntegrationError(
      `elements.submit() must be called before ${call.replace(/^stripe\./, '')}. Call elements.submit() as soon as your customer presses pay, prior to any asynchronous work. Integration guide: https://stripe.com/docs/payments/accept-a-payment-deferred`,
    );
  const mode = group.deferredIntent?.mode;
  if (mode && intentKindOfMode(mode) !== kind)
    throw integrationError(
      call,
      `the Elements group was created with mode: '${mode}', but ${call} confirms a ${kind === 'setup' ? 'SetupIntent' : 'PaymentIntent'}. Use ${mode === 'setup' ? 'stripe.confirmSetup()' : 'stripe.confirmPayment()'} with this group, or create it with mode: '${kind === 'setup' ? 'setup' : 'payment'}'.`,
    );
}

/**
 * `stripe.createPaymentMethod({elements})` needs a group created with `paymentMethodCreation:
 * 'manual'` (with a mode or a client secret), as in Stripe.js.
 */
export function checkManualCreation(call: string, group: { paymentMethodCreation: unknown }): void {
  if (group.paymentMethodCreation !== 'manual')
    throw new IntegrationError(
      `${call} with elements requires the Elements group to be created with paymentMethodCreation: 'manual', e.g. stripe.elements({mode: 'payment', amount: 1099, currency: 'usd', paymentMethodCreation: 'manual'}).`,
    );
}

/** True when `options` changes the deferred intent (so `elements.update()` must read it again). */
export const touchesDeferredIntent = (options: unknown): boolean =>
  isRecord(options) &&
  [
    'mode',
    'amount',
    'currency',
    'paymentMethodTypes',
    'payment_method_types',
    'allowedPaymentMethodTypes',
    'excludedPaymentMethodTypes',
    'setupFutureUsage',
    'setup_future_usage',
    'captureMethod',
    'capture_method',
    'paymentMethodCreation',
    'paymentMethodConfiguration',
    'payment_method_configuration',
    'onBehalfOf',
    'on_behalf_of',
  ].some((k) => k in options);
