import type Stripe from 'stripe';
import type { Account } from '../domain/account.ts';
import { findPaymentIntent } from '../domain/payment-intents.ts';
import { applyMetadata } from '../domain/metadata.ts';
import { cancelRefund, findRefund, refundCharge } from '../domain/refunds.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing } from '../core/errors.ts';
import { createdMatches, paginate, type CreatedFilter, type ListParams } from '../http/list.ts';
import { int, listFields, metadata, obj, oneOf, range, str } from '../http/params.ts';

type CreateParams = {
  payment_intent?: string;
  charge?: string;
  amount?: number;
  reason?: Stripe.RefundCreateParams.Reason;
  metadata?: Record<string, string> | '';
};

/** The charge a refund is for: the one named, or the PaymentIntent's latest; both must agree. */
function chargeToRefund(account: Account, p: CreateParams): Stripe.Charge {
  if (p.charge === undefined && p.payment_intent === undefined) throw parameterMissing('charge');
  let charge: Stripe.Charge | undefined;
  if (p.charge !== undefined) {
    charge = account.charges.get(p.charge);
    if (!charge) throw resourceMissing('charge', p.charge, 'charge');
  }
  if (p.payment_intent !== undefined) {
    const pi = findPaymentIntent(account, p.payment_intent, 'payment_intent');
    if (charge && charge.payment_intent !== pi.id)
      throw parameterInvalid('charge', `Charge ${charge.id} does not belong to PaymentIntent ${pi.id}.`, 'parameter_invalid_string');
    if (!charge) {
      const latest = typeof pi.latest_charge === 'string' ? account.charges.get(pi.latest_charge) : undefined;
      if (!latest || (pi.status !== 'succeeded' && pi.status !== 'requires_capture'))
        throw invalidState(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, 'charge_not_refundable', { param: 'payment_intent' });
      charge = latest;
    }
  }
  return charge!;
}

const createRefundEndpoint = defineEndpoint<CreateParams>({
  method: 'post',
  path: '/v1/refunds',
  access: 'secret',
  params: obj({
    payment_intent: str(),
    charge: str(),
    amount: int({ min: 1 }),
    reason: oneOf('duplicate', 'fraudulent', 'requested_by_customer'),
    metadata: metadata(),
  }),
  handle({ account }, p) {
    return refundCharge(account, chargeToRefund(account, p), {
      ...(p.amount !== undefined ? { amount: p.amount } : {}),
      ...(p.reason !== undefined ? { reason: p.reason } : {}),
      ...(p.metadata !== undefined ? { metadata: p.metadata } : {}),
    });
  },
});

const retrieveRefundEndpoint = defineEndpoint({
  method: 'get',
  path: '/v1/refunds/:id',
  access: 'secret',
  params: obj({}),
  handle: ({ account, path }) => findRefund(account, path.id!),
});

const updateRefundEndpoint = defineEndpoint<{ metadata?: Record<string, string> | '' }>({
  method: 'post',
  path: '/v1/refunds/:id',
  access: 'secret',
  params: obj({ metadata: metadata() }),
  handle({ account, path }, p) {
    const refund = findRefund(account, path.id!);
    refund.metadata = applyMetadata(refund.metadata ?? {}, p.metadata);
    return refund;
  },
});

const cancelRefundEndpoint = defineEndpoint({
  method: 'post',
  path: '/v1/refunds/:id/cancel',
  access: 'secret',
  params: obj({}),
  handle: ({ account, path }) => cancelRefund(findRefund(account, path.id!)),
});

const listRefundsEndpoint = defineEndpoint<ListParams & { charge?: string; payment_intent?: string; created?: CreatedFilter }>({
  method: 'get',
  path: '/v1/refunds',
  access: 'secret',
  params: obj({ ...listFields, charge: str(), payment_intent: str(), created: range() }),
  handle({ account }, p) {
    const all = [...account.refunds.values()].filter(
      (r) =>
        (p.charge === undefined || r.charge === p.charge) &&
        (p.payment_intent === undefined || r.payment_intent === p.payment_intent) &&
        createdMatches(r.created, p.created),
    );
    return paginate('/v1/refunds', all, p, 'refund');
  },
});

/** `/v1/refunds…`: refund a PaymentIntent's charge in whole or in part, retrieve, update, cancel, list. */
export const refundEndpoints: Endpoint[] = [createRefundEndpoint, retrieveRefundEndpoint, updateRefundEndpoint, cancelRefundEndpoint, listRefundsEndpoint];
