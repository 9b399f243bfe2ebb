import type Stripe from 'stripe';
import type { Faults } from './faults.ts';
import type { PaymentMethodsMode } from './settings.ts';
import type { Shopper } from './shoppers.ts';

/**
 * SetupIntent create parameters as the guide writes them. stripe-node 23's types call the list
 * `allowed_payment_method_types`; the guide, and the API, take `payment_method_types`.
 */
export type GuideSetupIntentParams = Stripe.SetupIntentCreateParams & { payment_method_types?: string[] };

/** What the save page knows when it creates the SetupIntent. */
export interface SetupIntentRequest {
  shopper: Shopper;
  paymentMethods: PaymentMethodsMode;
  /** The Link persistent token from this browser's cookie, if it has one (COOKIE-03). */
  persistentToken?: string | undefined;
}

/**
 * The parameters of the shopper's SetupIntent: their Customer (SETUP-01), `link` and `card` or
 * automatic payment methods (SETUP-02), `usage: off_session` for later charges (SETUP-04), and the
 * browser's Link persistent token (COOKIE-03). Each fault that touches it changes one line.
 *
 * @example
 * await stripe.setupIntents.create(setupIntentParams({ shopper, paymentMethods: 'link-and-card' }, noFaults));
 */
export function setupIntentParams({ shopper, paymentMethods, persistentToken }: SetupIntentRequest, faults: Faults): GuideSetupIntentParams {
  const params: GuideSetupIntentParams = { usage: faults.has('on-session-usage') ? 'on_session' : 'off_session' };
  if (!faults.has('no-customer')) params.customer = shopper.customerId;
  if (faults.has('setup-intent-without-link')) params.payment_method_types = ['card'];
  else if (paymentMethods === 'automatic') params.automatic_payment_methods = { enabled: true };
  else params.payment_method_types = ['link', 'card'];
  if (persistentToken && !faults.has('token-not-passed-back')) params.payment_method_options = { link: { persistent_token: persistentToken } };
  params.metadata = { shop: 'link-harness reference checkout' };
  return params;
}

/**
 * Creates the shopper's SetupIntent and remembers it as theirs, so the return page can check it.
 *
 * @example
 * const si = await createSetupIntent(stripe, { shopper, paymentMethods: 'link-and-card', persistentToken }, faults);
 */
export async function createSetupIntent(stripe: Stripe, request: SetupIntentRequest, faults: Faults): Promise<Stripe.SetupIntent> {
  const setupIntent = await stripe.setupIntents.create(setupIntentParams(request, faults));
  request.shopper.setupIntentIds.add(setupIntent.id);
  return setupIntent;
}

/**
 * True when a SetupIntent is the shopper's: it carries their Customer, or carries none and the
 * shop created it for them. The return page shows nothing about anyone else's.
 */
export function belongsToShopper(setupIntent: Stripe.SetupIntent, shopper: Shopper): boolean {
  const customer = typeof setupIntent.customer === 'string' ? setupIntent.customer : (setupIntent.customer?.id ?? null);
  return customer ? customer === shopper.customerId : shopper.setupIntentIds.has(setupIntent.id);
}
