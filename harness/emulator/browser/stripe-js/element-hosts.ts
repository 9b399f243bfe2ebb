import type { ElementType } from '../element-types.ts';
import { AddressElementHost } from './address-element.ts';
import { StripeElementHost, type ElementGroupLink } from './element.ts';
import { ExpressCheckoutElementHost } from './express-checkout-element.ts';

/** The element classes with more than the common methods and events, by type. */
const hostClasses: Partial<Record<ElementType, typeof StripeElementHost>> = {
  address: AddressElementHost,
  expressCheckout: ExpressCheckoutElementHost,
};

/** A new element of `type`: its own class where it has one, else the common element. */
export function createElementHost(group: ElementGroupLink, type: ElementType, options: Record<string, unknown>): StripeElementHost {
  const Host = hostClasses[type] ?? StripeElementHost;
  return new Host(group, type, options);
}
