// The shopper's own SetupIntent, found from what their browser handled (the client secret Stripe.js
// carried, the confirm it sent, the return_url it reached) and read back through the inspector;
// Stripe.js's confirm and Link calls; small helpers for messages. Nothing here knows a checkout's
// URLs or markup, and nothing looks a Customer or SetupIntent up by email.
import { expect, type Inspector, type StripeCall } from '../../fixtures/index.ts';
import type { InspectedSetupIntent } from '../../harness/inspect/index.ts';
import type { RequirementId } from '../../harness/requirements/requirements.ts';

/**
 * The SetupIntent behind the save page the shopper has open: the newest one whose client secret
 * Stripe.js handed to Stripe from this test's browser (other than `after`, a SetupIntent of an
 * earlier visit). Found even when the integration left the Customer off it.
 *
 * @example
 * const setupIntent = await setupIntentOnPage(inspector, 'SETUP-01');
 */
export async function setupIntentOnPage(inspector: Inspector, requirement: RequirementId, options: { after?: string } = {}): Promise<InspectedSetupIntent> {
  let id: string | undefined;
  await expect
    .poll(
      () =>
        (id = inspector.browser
          .setupIntentsHandled()
          .filter((si) => si.id !== options.after)
          .at(-1)?.id),
      {
        message: `${requirement}: the save page's Stripe.js never handed Stripe a SetupIntent client secret${options.after ? ` other than ${options.after}'s` : ''} (is the Payment Element on the page, initialised with the SetupIntent's client secret?)`,
      },
    )
    .toBeDefined();
  return inspector.setupIntent(id!);
}

/**
 * The SetupIntent the shopper's page confirmed (at or after `since`): the one of Stripe.js's last
 * confirm request, else the `setup_intent` of a page the browser opened (the return_url).
 */
export async function confirmedSetupIntent(inspector: Inspector, requirement: RequirementId, since = 0): Promise<string> {
  const confirmed = () =>
    inspector.browser
      .setupIntentConfirms()
      .filter((c) => c.time >= since)
      .at(-1)?.id ??
    inspector.browser
      .navigations()
      .filter((n) => n.time >= since)
      .map((n) => new URL(n.url).searchParams.get('setup_intent'))
      .filter((id): id is string => id !== null)
      .at(-1);
  let id: string | undefined;
  await expect
    .poll(() => (id = confirmed()), {
      message: `${requirement}: the shopper's page never confirmed a SetupIntent (no confirm request from Stripe.js, no page opened with setup_intent)`,
    })
    .toBeDefined();
  return id!;
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

/**
 * The `return_url` of the first confirm of a SetupIntent, as Stripe received it: from the
 * request log on the emulator, from the shopper's browser in live test mode. Null when the
 * confirm carried none.
 */
export async function confirmReturnUrl(inspector: Inspector, setupIntentId: string): Promise<string | null> {
  if (inspector.capabilities.requestLog) {
    const sent = (await awaitConfirmCalls(inspector, setupIntentId))[0]!.params.return_url;
    return typeof sent === 'string' ? sent : null;
  }
  return inspector.browser.setupIntentConfirms().find((c) => c.id === setupIntentId)?.returnUrl ?? null;
}

/** The Link calls (`/v1/consumers/…`) Stripe's frames made from this test's browser, oldest first (emulator only). */
export function linkCalls(
  inspector: Inspector,
  action: 'sessions/lookup' | 'sessions/start_verification' | 'sessions/confirm_verification',
): Promise<StripeCall[]> {
  return inspector.calls({ from: 'browser', method: 'POST', path: `/v1/consumers/${action}` });
}

/** A SetupIntent with its payment method expanded, once its status is no longer `processing` or `requires_confirmation`. */
export async function settledSetupIntent(inspector: Inspector, id: string): Promise<InspectedSetupIntent> {
  let si: InspectedSetupIntent | undefined;
  await expect
    .poll(async () => (si = await inspector.setupIntent(id)).status, { message: `${id} never settled (still processing or awaiting confirmation)` })
    .not.toMatch(/^(processing|requires_confirmation)$/);
  return si!;
}

/** The Customer id a SetupIntent carries, or null. */
export const customerOf = (si: { customer: string | { id: string } | null }): string | null =>
  typeof si.customer === 'string' ? si.customer : (si.customer?.id ?? null);

/**
 * The Customer a saved payment method belongs to, as Stripe sees it: the SetupIntent's, else the
 * one the payment method was attached to afterwards. Null when there is neither.
 */
export function savedCustomerOf(si: InspectedSetupIntent): string | null {
  const attachedTo = si.payment_method?.customer;
  return customerOf(si) ?? (typeof attachedTo === 'string' ? attachedTo : (attachedTo?.id ?? null));
}

/** `[a, b]` for messages. */
export const listed = (values: readonly unknown[] | null | undefined): string => `[${(values ?? []).join(', ')}]`;
