import type Stripe from 'stripe';
import { arr, bool, oneOf, str } from '../http/params.ts';

/** What a SetupIntent stores as it is given and answers with, and passes on to its attempts. */
export interface SetupIntentDetails {
  attach_to_self?: boolean;
  flow_directions?: Stripe.SetupIntent.FlowDirection[];
  on_behalf_of?: string;
}

/** Detail parameters of SetupIntent update. */
export const setupIntentUpdateDetailFields = { attach_to_self: bool(), flow_directions: arr(oneOf('inbound', 'outbound'), 2) };

/** Detail parameters of SetupIntent create. */
export const setupIntentCreateDetailFields = { ...setupIntentUpdateDetailFields, on_behalf_of: str() };

/**
 * Stores `attach_to_self`, `flow_directions` and `on_behalf_of` on the SetupIntent, where Stripe
 * answers with them (and copies them to each SetupAttempt).
 *
 * @example
 * applySetupIntentDetails(si, { flow_directions: ['inbound'] })
 */
export function applySetupIntentDetails(si: Stripe.SetupIntent, p: SetupIntentDetails): void {
  if (p.attach_to_self !== undefined) si.attach_to_self = p.attach_to_self;
  if (p.flow_directions !== undefined) si.flow_directions = p.flow_directions;
  if (p.on_behalf_of !== undefined) si.on_behalf_of = p.on_behalf_of;
}
