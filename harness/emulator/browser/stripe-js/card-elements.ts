import type { StripeJsError } from '../protocol.ts';
import type { StripeElementHost } from './element.ts';
import { integrationError } from './integration-error.ts';

/**
 * The page's side of the card elements: which element a card method may be given, the split
 * elements' frames introduced to each other, the brand passed from `cardNumber` to `cardCvc`.
 * The page never holds the card: it only tells frames about each other.
 */

/** The elements whose frame can make a PaymentMethod or a token of a whole card. */
const cardHolders = ['payment', 'card', 'cardNumber'] as const;

/** An element type as messages name it: `Payment Element`, `cardNumber Element`. */
export const elementName = (type: string): string => (type === 'payment' ? 'Payment Element' : `${type} Element`);

/**
 * The element a card method (`createPaymentMethod`, `createToken`, `confirmCardSetup`, …) was
 * given, checked as Stripe.js does: the Payment Element, `card` or `cardNumber`, mounted. A
 * `cardNumber` element's frame is told which frames hold its expiry and CVC, so it can ask them.
 *
 * @example
 * const holder = cardHolder('stripe.createToken()', cardNumberElement);
 */
export function cardHolder(call: string, element: StripeElementHost): StripeElementHost {
  const type = element.elementType;
  if (!(cardHolders as readonly string[]).includes(type))
    throw integrationError(
      call,
      `the ${elementName(type)} does not hold a whole card; pass the card Element, the cardNumber Element (with cardExpiry and cardCvc mounted in the same Elements group) or the Payment Element.`,
    );
  if (!element.mounted) throw integrationError(call, `the ${elementName(type)} is not mounted; mount it and let the shopper enter the card first.`);
  if (type === 'cardNumber') {
    const frames: { cardExpiry?: string; cardCvc?: string } = {};
    for (const sibling of ['cardExpiry', 'cardCvc'] as const) {
      const name = element.group.getElement(sibling)?.frameName;
      if (!name)
        throw integrationError(
          call,
          `the cardNumber Element makes a card with the ${sibling} Element of its Elements group, and none is mounted. Create and mount one with elements.create('${sibling}').`,
        );
      frames[sibling] = name;
    }
    element.send({ type: 'card-siblings', frames });
  }
  return element;
}

/** After a confirm the API declined, the card element shows the error (its next `change` carries it). */
export function showCardError(element: StripeElementHost, error: StripeJsError): void {
  if (error.type === 'card_error' && (element.elementType === 'card' || element.elementType === 'cardNumber')) element.send({ type: 'show-error', error });
}

/** A `cardNumber` change: the group's `cardCvc` frame learns the brand (the CVC length depends on it). */
export function relayCardBrand(from: StripeElementHost, event: Record<string, unknown>): void {
  if (from.elementType !== 'cardNumber' || typeof event.brand !== 'string') return;
  from.group.getElement('cardCvc')?.send({ type: 'card-brand', brand: event.brand });
}

/** A `cardCvc` frame that starts after the shopper typed a number learns the brand the `cardNumber` element last reported. */
export function catchUpCardBrand(element: StripeElementHost): void {
  if (element.elementType !== 'cardCvc') return;
  const brand = element.group.getElement('cardNumber')?.lastChange?.brand;
  if (typeof brand === 'string') element.send({ type: 'card-brand', brand });
}
