import { emulatorApi, type EmulatorApi } from '../frames/shared/api.ts';

/** What every part of one `Stripe(key)` instance shares: its key and its API client. */
export interface StripeContext {
  publishableKey: string;
  api: EmulatorApi;
  /** `Stripe(key, options)` as given (locale, stripeAccount, apiVersion, betas). */
  options: Record<string, unknown>;
}

/** The context of a new Stripe instance. Every request carries the publishable key, through the saved `fetch`. */
export function stripeContext(publishableKey: string, options: Record<string, unknown>): StripeContext {
  return { publishableKey, api: emulatorApi(publishableKey), options };
}
