import fc from 'fast-check';
import { idText } from './values.ts';

/** Test payment method ids Stripe accepts anywhere a payment method id goes. */
const testPaymentMethods = [
  'pm_card_visa',
  'pm_card_authenticationRequired',
  'pm_card_threeDSecure2Required',
  'pm_card_visa_chargeDeclined',
  'pm_card_chargeCustomerFail',
  'pm_card_visa_chargeDeclinedInsufficientFunds',
];

/** Which ids a parameter or path segment is about, from its name. */
const kindOf = (name: string): string | undefined => {
  if (/client_secret/.test(name)) return 'secret';
  if (/(^|\[)customer(\]|$)|^customers$/.test(name)) return 'cus';
  if (/payment_method(\]|$)|^payment_methods$|^pm$/.test(name)) return 'pm';
  if (/^setup_intents$|^setup_intent$/.test(name)) return 'seti';
  if (/^payment_intents$|^intent$|^payment_intent$/.test(name)) return 'pi';
  if (/^refunds$/.test(name)) return 're';
  if (/^charge$/.test(name)) return 'ch';
  if (/^events$/.test(name)) return 'evt';
  if (/^webhook_endpoints$/.test(name)) return 'we';
  if (/^(starting_after|ending_before)$/.test(name)) return 'any';
  return undefined;
};

/**
 * Ids of the fuzzed account's objects, offered by what a parameter or path segment names, so
 * aimed requests reach objects that exist (`customer` → `cus_…`, `/v1/setup_intents/:id` → `seti_…`).
 *
 * @example
 * const pool = new IdPool(['cus_1', 'pm_1']);
 * pool.for('customer') // an arbitrary of 'cus_1'
 */
export class IdPool {
  constructor(readonly ids: readonly string[]) {}

  /** Ids for a parameter name or the path segment before a `:param`; any id when the name says nothing. */
  for(name: string): fc.Arbitrary<string> {
    const kind = kindOf(name);
    const secrets = this.ids.filter((id) => id.includes('_secret_'));
    const objects = this.ids.filter((id) => !id.includes('_secret_'));
    const pick = (list: string[]) => (list.length ? fc.constantFrom(...list) : idText);
    switch (kind) {
      case 'secret':
        return pick(secrets);
      case 'pm':
        return fc.oneof(pick(objects.filter((id) => id.startsWith('pm_'))), fc.constantFrom(...testPaymentMethods));
      case 'cus':
      case 'seti':
      case 'pi':
      case 're':
      case 'ch':
      case 'evt':
      case 'we':
        return pick(objects.filter((id) => id.startsWith(`${kind}_`)));
      default:
        return pick(objects);
    }
  }
}
