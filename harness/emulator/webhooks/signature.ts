import { createHmac } from 'node:crypto';

/**
 * The `Stripe-Signature` header of a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>" keyed with the endpoint's whsec_ secret>`, which every official SDK's webhook
 * helper (stripe-node's `webhooks.constructEvent`) verifies.
 *
 * @example
 * signatureHeader('{"id":"evt_1"}', 'whsec_abc', 1700000000) // 't=1700000000,v1=5f1c…'
 */
export function signatureHeader(body: string, secret: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}
