import fc from 'fast-check';
import type { Endpoint } from '../http/endpoint.ts';
import type { FormPair } from './form-params.ts';
import type { IdPool } from './id-pool.ts';
import { testCards } from '../domain/test-cards.ts';

/** A well-formed Stripe call, as the guide's integration makes it, with test cards of every outcome. */
export interface Recipe {
  method: 'GET' | 'POST';
  path: string;
  pairs: FormPair[];
}

const pair = (name: string, value: string): FormPair => ({ name, value, raw: false });

const cardNumber = fc.oneof(fc.constantFrom(...testCards.map((c) => c.number)), fc.constantFrom('4242424242424241', '4111111111111111', '1234'));
const testPaymentMethod = fc.constantFrom(...testCards.flatMap((c) => (c.paymentMethod ? [c.paymentMethod] : [])));
const expMonth = fc.integer({ min: 0, max: 13 }).map(String);
const expYear = fc.integer({ min: new Date().getFullYear() - 1, max: new Date().getFullYear() + 8 }).map(String);

/**
 * Calls that reach the card outcomes: payment methods from test numbers (including bad ones),
 * customers created with a test payment method, intents confirmed on and off session. Only
 * recipes for endpoints the emulator serves are offered.
 *
 * @example
 * fc.sample(recipes(endpoints, pool), 1)
 */
export function recipes(endpoints: readonly Endpoint[], ids: IdPool): fc.Arbitrary<Recipe> {
  const serves = (method: string, path: string) => endpoints.some((e) => e.method === method && e.path === path);
  const all: fc.Arbitrary<Recipe>[] = [];
  if (serves('post', '/v1/payment_methods'))
    all.push(
      fc.tuple(cardNumber, expMonth, expYear, fc.constantFrom('123', '12', '1234')).map(([number, month, year, cvc]) => ({
        method: 'POST',
        path: '/v1/payment_methods',
        pairs: [pair('type', 'card'), pair('card[number]', number), pair('card[exp_month]', month), pair('card[exp_year]', year), pair('card[cvc]', cvc)],
      })),
    );
  if (serves('post', '/v1/customers'))
    all.push(
      testPaymentMethod.map((pm) => ({ method: 'POST', path: '/v1/customers', pairs: [pair('email', 'fuzz@example.com'), pair('payment_method', pm)] })),
    );
  if (serves('post', '/v1/payment_methods/:id/attach'))
    all.push(
      fc
        .tuple(testPaymentMethod, ids.for('customer'))
        .map(([pm, customer]) => ({ method: 'POST', path: `/v1/payment_methods/${pm}/attach`, pairs: [pair('customer', customer)] })),
    );
  if (serves('post', '/v1/setup_intents'))
    all.push(
      fc.tuple(testPaymentMethod, fc.constantFrom('card', 'link')).map(([pm, type]) => ({
        method: 'POST',
        path: '/v1/setup_intents',
        pairs: [
          pair('payment_method_types[0]', 'card'),
          pair('payment_method_types[1]', type),
          pair('payment_method', pm),
          pair('confirm', 'true'),
          pair('return_url', 'https://example.com/return'),
        ],
      })),
    );
  if (serves('post', '/v1/payment_intents'))
    all.push(
      fc.tuple(ids.for('customer'), ids.for('payment_method'), fc.boolean()).map(([customer, pm, offSession]) => ({
        method: 'POST',
        path: '/v1/payment_intents',
        pairs: [
          pair('amount', '1099'),
          pair('currency', 'usd'),
          pair('customer', customer),
          pair('payment_method', pm),
          pair('confirm', 'true'),
          ...(offSession ? [pair('off_session', 'true')] : [pair('return_url', 'https://example.com/return')]),
        ],
      })),
    );
  return fc.oneof(...all);
}
