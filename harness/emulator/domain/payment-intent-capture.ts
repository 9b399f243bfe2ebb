import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { snapshot } from './intents.ts';
import { applyMetadata } from './metadata.ts';
import { recordRefund } from './refunds.ts';
import { invalidState, parameterInvalid } from '../core/errors.ts';
import { newId } from '../core/ids.ts';

/** What a capture asks for. */
export interface CaptureInput {
  /** Defaults to the whole `amount_capturable`. */
  amountToCapture?: number;
  metadata?: Record<string, string> | '';
  statementDescriptor?: string;
  statementDescriptorSuffix?: string;
}

/**
 * Captures an authorized (`requires_capture`) PaymentIntent: `succeeded` with `amount_received`,
 * its charge `captured`. Capturing less than was authorized releases the rest, which Stripe
 * records as a refund of the difference on the charge.
 *
 * @example
 * capturePaymentIntent(account, pi, { amountToCapture: 800 })
 */
export function capturePaymentIntent(account: Account, pi: Stripe.PaymentIntent, input: CaptureInput): Stripe.PaymentIntent {
  if (pi.status !== 'requires_capture')
    throw invalidState(
      `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      'payment_intent_unexpected_state',
      { payment_intent: snapshot(pi) },
    );
  const amount = input.amountToCapture ?? pi.amount_capturable;
  if (amount > pi.amount_capturable)
    throw parameterInvalid(
      'amount_to_capture',
      `The amount to capture (${amount}) is greater than the amount capturable on this PaymentIntent (${pi.amount_capturable}).`,
      'amount_too_large',
    );
  const charge = typeof pi.latest_charge === 'string' ? account.charges.get(pi.latest_charge) : undefined;
  if (charge) {
    charge.captured = true;
    charge.amount_captured = amount;
    charge.balance_transaction = newId('txn');
    if (amount < charge.amount) recordRefund(account, charge, charge.amount - amount, {});
    if (input.statementDescriptor !== undefined) charge.statement_descriptor = input.statementDescriptor;
    if (input.statementDescriptorSuffix !== undefined) charge.statement_descriptor_suffix = input.statementDescriptorSuffix;
  }
  pi.metadata = applyMetadata(pi.metadata, input.metadata);
  if (input.statementDescriptor !== undefined) pi.statement_descriptor = input.statementDescriptor;
  if (input.statementDescriptorSuffix !== undefined) pi.statement_descriptor_suffix = input.statementDescriptorSuffix;
  pi.amount_received = amount;
  pi.amount_capturable = 0;
  pi.status = 'succeeded';
  if (charge) account.events.record('charge.captured', charge);
  account.events.record('payment_intent.succeeded', pi);
  return pi;
}
