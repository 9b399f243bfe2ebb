import type { Request, Response } from 'express';
import type { ChargeAttempts } from './charge-attempts.ts';
import type { Faults } from './faults.ts';
import type { CheckoutSettings } from './settings.ts';
import type { Shopper, Shoppers } from './shoppers.ts';
import type { StripeBackend } from './stripe-backend.ts';

/** What every route of the checkout works with. */
export interface CheckoutContext {
  backend: StripeBackend;
  faults: Faults;
  settings: CheckoutSettings;
  shoppers: Shoppers;
  attempts: ChargeAttempts;
  /**
   * The `whsec_…` secret Stripe signs webhooks to `/webhook` with; without one the route refuses
   * every delivery. Set once the endpoint is registered (`link-harness serve` registers it).
   */
  webhookSecret?: string | undefined;
}

/** The signed-in shopper of this request, if any (set by the shopper-session middleware). */
export function shopperOf(res: Response): Shopper | undefined {
  return (res.locals as { shopper?: Shopper }).shopper;
}

/** True when this request reached the checkout over TLS. */
export const isHttps = (req: Request): boolean => req.secure;

/** An absolute URL on this checkout for `path`, as the browser reached it (for return_url and links). */
export function absoluteUrl(req: Request, path: string): string {
  return new URL(path, `${req.protocol}://${req.get('host') ?? 'localhost'}`).toString();
}
