// What reached Stripe during a save, read back through the inspector: the SetupIntent behind the
// save page, Stripe.js's confirm and Link calls from this test's browser, and small helpers for
// messages. Nothing here knows the reference checkout's URLs or markup.
import type Stripe from 'stripe';
import { expect, type Inspector, type StripeCall } from '../../fixtures/index.ts';

/** The id of `/v1/setup_intents/seti_…` (and of its `/confirm`). */
const setupIntentIdOfPath = (path: string): string | undefined => /^\/v1\/setup_intents\/(seti_[^/]+)/.exec(path)?.[1];

/**
 * The SetupIntent behind the save page the shopper has open. On the emulator: the one whose
 * client secret Stripe.js used in this test's browser (the newest), so it is found even when the
 * integration left the Customer off it. In live test mode: the shopper's newest SetupIntent.
 *
 * @example
 * const setupIntent = await setupIntentOnPage(inspector, jenny.email);
 */
export async function setupIntentOnPage(inspector: Inspector, email: string, options: { after?: string } = {}): Promise<Stripe.SetupIntent> {
  if (!inspector.capabilities.requestLog) {
    const found = await inspector.lastSetupIntent({ email });
    expect(found, `no SetupIntent was created for a Customer with the shopper's email ${email}`).toBeDefined();
    return found!;
  }
  let id: string | undefined;
  await expect
    .poll(
      async () => {
        const loads = await inspector.calls({ from: 'browser', method: 'GET', path: '/v1/setup_intents/:id' });
        id = loads.map((c) => setupIntentIdOfPath(c.path)).filter((i) => i !== options.after).at(-1);
        return id;
      },
      { message: `the save page's Stripe.js never loaded a SetupIntent with its client secret${options.after ? ` other than ${options.after}` : ''}` },
    )
    .toBeDefined();
  return inspector.stripe.setupIntents.retrieve(id!);
}

/** The confirm calls Stripe.js made for a SetupIntent from this test's browser, oldest first (emulator only). */
export function confirmCalls(inspector: Inspector, setupIntentId: string): Promise<StripeCall[]> {
  return inspector.calls({ from: 'browser', method: 'POST', path: `/v1/setup_intents/${setupIntentId}/confirm` });
}

/** Waits until Stripe.js has made `count` confirm calls for the SetupIntent, and returns them (emulator only). */
export async function awaitConfirmCalls(inspector: Inspector, setupIntentId: string, count = 1): Promise<StripeCall[]> {
  let calls: StripeCall[] = [];
  await expect
    .poll(async () => (calls = await confirmCalls(inspector, setupIntentId)).length, { message: `Stripe.js never confirmed ${setupIntentId} ${count} time(s)` })
    .toBeGreaterThanOrEqual(count);
  return calls;
}

/** The Link calls (`/v1/consumers/…`) Stripe's frames made from this test's browser, oldest first (emulator only). */
export function linkCalls(inspector: Inspector, action: 'sessions/lookup' | 'sessions/start_verification' | 'sessions/confirm_verification'): Promise<StripeCall[]> {
  return inspector.calls({ from: 'browser', method: 'POST', path: `/v1/consumers/${action}` });
}

/** A SetupIntent with its payment method expanded, once its status is no longer `processing` or `requires_confirmation`. */
export async function settledSetupIntent(inspector: Inspector, id: string): Promise<Awaited<ReturnType<Inspector['setupIntent']>>> {
  let si: Awaited<ReturnType<Inspector['setupIntent']>> | undefined;
  await expect
    .poll(async () => (si = await inspector.setupIntent(id)).status, { message: `${id} never settled (still processing or awaiting confirmation)` })
    .not.toMatch(/^(processing|requires_confirmation)$/);
  return si!;
}

/** The Customer id a SetupIntent carries, or null. */
export const customerOf = (si: { customer: string | { id: string } | null }): string | null => (typeof si.customer === 'string' ? si.customer : (si.customer?.id ?? null));

/** `[a, b]` for messages. */
export const listed = (values: readonly unknown[] | null | undefined): string => `[${(values ?? []).join(', ')}]`;
