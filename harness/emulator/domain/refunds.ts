import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { applyMetadata } from './metadata.ts';
import { invalidRequest, invalidState, parameterInvalid, resourceMissing } from '../core/errors.ts';
import { newId, nowSeconds } from '../core/ids.ts';

/** What a refund asks for, once its charge is known. */
export interface RefundInput {
  amount?: number;
  reason?: Stripe.RefundCreateParams.Reason;
  metadata?: Record<string, string> | '';
}

const dollars = (amount: number, currency: string) => `${currency === 'usd' ? '$' : ''}${(amount / 100).toFixed(2)}${currency === 'usd' ? '' : ` ${currency}`}`;

/** The refund with this id, or Stripe's 404. */
export function findRefund(account: Account, id: string, param = 'id'): Stripe.Refund {
  const refund = account.refunds.get(id);
  if (!refund) throw resourceMissing('refund', id, param);
  return refund;
}

/** Where a card refund goes: back to the card, its reference still pending as in test mode. */
function destinationDetails(charge: Stripe.Charge): Stripe.Refund.DestinationDetails {
  const type =
    charge.payment_method_details?.type === 'card' || charge.payment_method_details?.type === 'link' ? 'card' : (charge.payment_method_details?.type ?? 'card');
  if (type !== 'card') return { type } as Stripe.Refund.DestinationDetails;
  return {
    type: 'card',
    card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' },
  } as Stripe.Refund.DestinationDetails;
}

/**
 * Gives back part or all of what a charge has not yet refunded: a `succeeded` refund, the
 * charge's `amount_refunded` raised and `refunded` set once nothing is left. Asking for more than
 * is left is Stripe's 400 `amount_too_large`; a charge with nothing left, `charge_already_refunded`.
 *
 * @example
 * refundCharge(account, charge, { amount: 500, reason: 'requested_by_customer' })
 */
export function refundCharge(account: Account, charge: Stripe.Charge, input: RefundInput): Stripe.Refund {
  if (charge.status !== 'succeeded')
    throw invalidState(`Charge ${charge.id} has not succeeded, so there is nothing to refund.`, 'charge_not_refundable', { param: 'charge' });
  if (!charge.captured)
    throw invalidState(
      `Charge ${charge.id} is uncaptured; cancel its PaymentIntent to release the authorization instead of refunding it.`,
      'charge_not_refundable',
      { param: 'charge' },
    );
  const left = charge.amount - charge.amount_refunded;
  if (left <= 0) throw invalidState(`Charge ${charge.id} has already been refunded.`, 'charge_already_refunded', { param: 'charge' });
  const amount = input.amount ?? left;
  if (amount > left)
    throw parameterInvalid(
      'amount',
      `Refund amount (${dollars(amount, charge.currency)}) is greater than unrefunded amount on charge (${dollars(left, charge.currency)})`,
      'amount_too_large',
    );
  return recordRefund(account, charge, amount, input);
}

/** Records a refund that has happened and updates its charge. */
export function recordRefund(account: Account, charge: Stripe.Charge, amount: number, input: Omit<RefundInput, 'amount'>): Stripe.Refund {
  const refund: Stripe.Refund = {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: newId('txn'),
    charge: charge.id,
    created: nowSeconds(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    destination_details: destinationDetails(charge),
    metadata: applyMetadata({}, input.metadata),
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: input.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  account.refunds.set(refund.id, refund);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  account.events.record('refund.created', refund);
  account.events.record('charge.refunded', charge);
  return refund;
}

/** A card refund has succeeded by the time Stripe answers; only `requires_action` refunds can be canceled. */
export function cancelRefund(refund: Stripe.Refund): never {
  throw invalidRequest(
    `You cannot cancel refund ${refund.id} because it has a status of ${refund.status}; only refunds with a status of requires_action can be canceled.`,
    { param: 'refund' },
  );
}
