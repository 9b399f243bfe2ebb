import type { IntentKind } from '../protocol.ts';
import type { FormValue } from '../frames/shared/form-encode.ts';
import { requireClientSecret, type ParsedClientSecret } from './client-secret.ts';
import { checkDeferredConfirm } from './deferred-intent.ts';
import { ElementsGroup } from './elements-group.ts';
import { frameGoneError, type ClientIntent } from './errors.ts';
import { nextRequestId } from './frame-names.ts';
import { handleIntentActions, type IntentOutcome } from './intent-actions.ts';
import { intentPath } from './intent-api.ts';
import { intentResult, type IntentResult } from './intent-results.ts';
import { IntegrationError, integrationError } from './integration-error.ts';
import { missingOptedOutField } from './opted-out-fields.ts';
import { redirectTo, untilPageUnloads } from './redirect.ts';
import { isAbsoluteHttpUrl, returnUrlWithIntent } from './return-url.ts';
import type { StripeContext } from './stripe-context.ts';
import { isRecord } from '../values.ts';

/** The arguments of `stripe.confirmSetup()` / `stripe.confirmPayment()`. */
interface ConfirmArgs {
  elements?: unknown;
  clientSecret?: unknown;
  confirmParams?: unknown;
  redirect?: unknown;
}

/**
 * `stripe.confirmSetup()` and `stripe.confirmPayment()`. With `elements`, the Payment Element's
 * frame confirms with what the shopper entered (card data never reaches this page); without,
 * the intent is confirmed with `confirmParams` (e.g. a saved `payment_method`). A 3D Secure
 * challenge is shown in the lightbox. Success redirects to `return_url` with the intent appended
 * (or resolves `{setupIntent}` with `redirect: 'if_required'`); any error resolves `{error}` and
 * never redirects. Wrong calls throw an IntegrationError, as Stripe.js does.
 */
export async function confirmIntent(ctx: StripeContext, kind: IntentKind, args: ConfirmArgs): Promise<IntentResult> {
  const call = kind === 'setup' ? 'stripe.confirmSetup()' : 'stripe.confirmPayment()';
  if (!isRecord(args)) throw integrationError(call, 'expected an object argument, e.g. {elements, confirmParams: {return_url}}.');
  const redirect = args.redirect ?? 'always';
  if (redirect !== 'always' && redirect !== 'if_required')
    throw integrationError(call, `redirect should be 'always' or 'if_required'; you specified ${String(redirect)}.`);
  const confirmParams = isRecord(args.confirmParams) ? args.confirmParams : {};
  const returnUrl = typeof confirmParams.return_url === 'string' && confirmParams.return_url !== '' ? confirmParams.return_url : null;
  if (redirect === 'always' && returnUrl === null)
    throw integrationError(call, "the `confirmParams.return_url` argument is required unless passing `redirect: 'if_required'`.");
  if (returnUrl !== null && !isAbsoluteHttpUrl(returnUrl))
    throw integrationError(call, `confirmParams.return_url should be an absolute URL (https://…); you specified ${returnUrl}.`);
  if (args.elements !== undefined && !(args.elements instanceof ElementsGroup))
    throw integrationError(call, 'elements should be the Elements group from stripe.elements().');
  const elements = args.elements as ElementsGroup | undefined;
  const secret = requireClientSecret(call, args.clientSecret ?? elements?.clientSecret, kind);

  let outcome: IntentOutcome;
  if (elements) {
    // A deferred intent: the page created the intent after elements.submit(), of the group's mode.
    if (elements.clientSecret === null) checkDeferredConfirm(call, elements, kind);
    outcome = await confirmWithPaymentElement(ctx, elements, call, secret, returnUrl, confirmParams);
    elements.submitted = false;
  } else {
    outcome = await confirmWithParams(ctx, secret, confirmParams);
  }
  if (outcome.error || redirect === 'if_required') return intentResult(kind, outcome);
  redirectTo(returnUrlWithIntent(returnUrl!, kind, outcome.intent));
  return untilPageUnloads();
}

async function confirmWithPaymentElement(
  ctx: StripeContext,
  elements: ElementsGroup,
  call: string,
  secret: ParsedClientSecret,
  returnUrl: string | null,
  confirmParams: Record<string, unknown>,
): Promise<IntentOutcome> {
  // The Express Checkout Element after the shopper approved there, else the Payment Element.
  const payment = elements.confirmingElement(call);
  const found = await elements.addressesForConfirm();
  if ('error' in found) return { error: found.error };
  const optedOut = payment.elementType === 'payment' ? missingOptedOutField(payment.options, confirmParams, found.addresses) : null;
  if (optedOut !== null) {
    const field = `billing_details.${optedOut}`;
    throw new IntegrationError(
      `You specified "never" for fields.${field} when creating the payment Element, but did not pass confirmParams.payment_method_data.${field} when calling ${call}. If you opt out of collecting data via the payment Element using the fields option, the data must be passed in when calling ${call}.`,
    );
  }
  const requestId = nextRequestId();
  const answer = await payment.request({
    type: 'confirm',
    requestId,
    intentKind: secret.kind,
    clientSecret: secret.clientSecret,
    returnUrl,
    confirmParams,
    addresses: found.addresses,
  });
  let outcome: IntentOutcome;
  if (!answer || answer.type !== 'confirm-result') outcome = { error: frameGoneError('Payment Element') };
  else if (answer.error || !answer.intent) outcome = { error: answer.error ?? frameGoneError('Payment Element') };
  else {
    outcome = await handleIntentActions(ctx, secret, answer.intent as ClientIntent);
    // The frame saw its confirm succeed; a failed challenge after it is news to the shopper there.
    if (outcome.error) payment.send({ type: 'show-error', error: outcome.error });
  }
  payment.send({ type: 'confirm-finished', requestId, intent: outcome.intent ?? null, error: outcome.error ?? null });
  return outcome;
}

async function confirmWithParams(ctx: StripeContext, secret: ParsedClientSecret, confirmParams: Record<string, unknown>): Promise<IntentOutcome> {
  const res = await ctx.api.post<ClientIntent>(intentPath(secret, 'confirm'), {
    ...(confirmParams as Record<string, FormValue>),
    client_secret: secret.clientSecret,
    use_stripe_sdk: true,
  });
  if (!res.ok) return { error: res.error };
  return handleIntentActions(ctx, secret, res.body);
}
