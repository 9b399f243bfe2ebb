import { describe, expect, it } from 'vitest';
import type { StripeElementType } from '@stripe/stripe-js';
import { isKnownElementType, knownElementTypes } from './element-types.ts';

// Every name of @stripe/stripe-js's StripeElementType, checked by the compiler: a type Stripe adds
// to its typings fails this file until it is known here too.
const stripeTypes: Record<StripeElementType, true> = {
  address: true,
  auBankAccount: true,
  card: true,
  cardNumber: true,
  cardExpiry: true,
  cardCvc: true,
  contactDetails: true,
  currencySelector: true,
  expressCheckout: true,
  iban: true,
  payment: true,
  paymentForm: true,
  paymentMethodMessaging: true,
  linkAuthentication: true,
  linkSignup: true,
  shippingAddress: true,
  issuingCardNumberDisplay: true,
  issuingCardCvcDisplay: true,
  issuingCardExpiryDisplay: true,
  issuingCardPinDisplay: true,
  issuingCardCopyButton: true,
  taxId: true,
  terms: true,
  issuingAddToWalletButton: true,
};

describe('knownElementTypes', () => {
  it("holds every type of @stripe/stripe-js's StripeElementType and the older ones Stripe.js still creates", () => {
    for (const type of Object.keys(stripeTypes)) expect(isKnownElementType(type), type).toBe(true);
    for (const type of ['idealBank', 'p24Bank', 'epsBank', 'fpxBank', 'affirmMessage', 'afterpayClearpayMessage', 'paymentRequestButton'])
      expect(isKnownElementType(type), type).toBe(true);
  });

  it('knows no other names', () => {
    expect(isKnownElementType('cardElement')).toBe(false);
    expect(isKnownElementType('Payment')).toBe(false);
    expect(isKnownElementType(undefined)).toBe(false);
    expect(new Set(knownElementTypes).size).toBe(knownElementTypes.length);
  });
});
