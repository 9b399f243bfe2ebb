import { describe, expect, it } from 'vitest';
import type { ToFrame } from '../protocol.ts';
import { cardHolder, catchUpCardBrand, relayCardBrand, showCardError } from './card-elements.ts';
import type { StripeElementHost } from './element.ts';
import { IntegrationError } from './integration-error.ts';

/** An element as these helpers see it: its type, its frame's name, its group, what it was sent. */
interface FakeElement {
  elementType: string;
  mounted: boolean;
  frameName: string | null;
  sent: ToFrame[];
  lastChange: Record<string, unknown> | null;
  send(message: ToFrame): void;
  group: { getElement(type: string): FakeElement | null };
}

function group(specs: { type: string; mounted?: boolean }[]): Record<string, StripeElementHost & FakeElement> {
  const byType: Record<string, FakeElement> = {};
  const g = { getElement: (type: string) => byType[type] ?? null };
  specs.forEach(({ type, mounted = true }, i) => {
    const sent: ToFrame[] = [];
    byType[type] = {
      elementType: type,
      mounted,
      frameName: mounted ? `__privateStripeFrame000${i}` : null,
      sent,
      lastChange: null,
      send: (m) => void sent.push(m),
      group: g,
    };
  });
  return byType as Record<string, StripeElementHost & FakeElement>;
}

describe('cardHolder', () => {
  it('takes card and the Payment Element as they are', () => {
    const els = group([{ type: 'card' }, { type: 'payment' }]);
    expect(cardHolder('stripe.createToken()', els.card!)).toBe(els.card);
    expect(cardHolder('stripe.createToken()', els.payment!)).toBe(els.payment);
    expect(els.card!.sent).toEqual([]);
  });

  it('tells the cardNumber frame which frames hold the expiry and the CVC', () => {
    const els = group([{ type: 'cardNumber' }, { type: 'cardExpiry' }, { type: 'cardCvc' }]);
    cardHolder('stripe.createPaymentMethod()', els.cardNumber!);
    expect(els.cardNumber!.sent).toEqual([{ type: 'card-siblings', frames: { cardExpiry: '__privateStripeFrame0001', cardCvc: '__privateStripeFrame0002' } }]);
  });

  it('throws an IntegrationError for part of a card, an unmounted element, or a cardNumber without its siblings', () => {
    const els = group([{ type: 'cardNumber' }, { type: 'cardExpiry' }, { type: 'cardCvc', mounted: false }, { type: 'linkAuthentication' }]);
    expect(() => cardHolder('stripe.confirmCardSetup()', els.cardExpiry!)).toThrow(IntegrationError);
    expect(() => cardHolder('stripe.confirmCardSetup()', els.linkAuthentication!)).toThrow(/does not hold a whole card/);
    expect(() => cardHolder('stripe.confirmCardSetup()', els.cardNumber!)).toThrow(/cardCvc/);
    const unmounted = group([{ type: 'card', mounted: false }]);
    expect(() => cardHolder('stripe.createToken()', unmounted.card!)).toThrow(/not mounted/);
  });
});

describe('relayCardBrand and showCardError', () => {
  it('passes the cardNumber brand to the cardCvc frame, and nothing from other elements', () => {
    const els = group([{ type: 'cardNumber' }, { type: 'cardCvc' }, { type: 'card' }]);
    relayCardBrand(els.cardNumber!, { brand: 'amex' });
    relayCardBrand(els.card!, { brand: 'visa' });
    expect(els.cardCvc!.sent).toEqual([{ type: 'card-brand', brand: 'amex' }]);
  });

  it('tells a cardCvc frame that starts late the brand cardNumber last reported', () => {
    const els = group([{ type: 'cardNumber' }, { type: 'cardCvc' }]);
    catchUpCardBrand(els.cardCvc!);
    expect(els.cardCvc!.sent).toEqual([]);
    els.cardNumber!.lastChange = { elementType: 'cardNumber', brand: 'amex' };
    catchUpCardBrand(els.cardCvc!);
    catchUpCardBrand(els.cardNumber!);
    expect(els.cardCvc!.sent).toEqual([{ type: 'card-brand', brand: 'amex' }]);
    expect(els.cardNumber!.sent).toEqual([]);
  });

  it('shows card errors in card elements only', () => {
    const els = group([{ type: 'card' }, { type: 'payment' }]);
    const declined = { type: 'card_error' as const, code: 'card_declined', message: 'Your card was declined.' };
    showCardError(els.card!, declined);
    showCardError(els.card!, { type: 'invalid_request_error', message: 'No such setupintent' });
    showCardError(els.payment!, declined);
    expect(els.card!.sent).toEqual([{ type: 'show-error', error: declined }]);
    expect(els.payment!.sent).toEqual([]);
  });
});
