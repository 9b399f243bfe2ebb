import type { StripeJsError } from '../protocol.ts';
import { ElementsGroup } from './elements-group.ts';
import { frameGoneError } from './errors.ts';
import { nextRequestId } from './frame-names.ts';
import { IntegrationError, integrationError } from './integration-error.ts';
import { isAbsoluteHttpUrl } from './return-url.ts';
import type { StripeContext } from './stripe-context.ts';
import { isRecord } from '../values.ts';

type ConfirmationTokenResult = { confirmationToken: Record<string, unknown> } | { error: StripeJsError };

/**
 * `stripe.createConfirmationToken({elements, params})`: after `elements.submit()`, the Payment
 * Element's frame turns what the shopper entered (a card, or their Link wallet's choice) into a
 * ConfirmationToken (`POST /v1/confirmation_tokens` with the publishable key), with what mounted
 * Address Elements hold (billing details; shipping for a payment) and `params`
 * (`payment_method_data.billing_details`, `return_url`, `shipping`, `metadata`) over it. The page
 * learns only the token, which its server confirms an intent with (`confirmation_token`).
 *
 * @example
 * const { error: submitError } = await elements.submit();
 * const { confirmationToken } = await stripe.createConfirmationToken({ elements, params: { return_url } });
 */
export async function createConfirmationToken(_ctx: StripeContext, options: unknown): Promise<ConfirmationTokenResult> {
  const call = 'stripe.createConfirmationToken()';
  if (!isRecord(options) || options.elements === undefined)
    throw integrationError(call, 'expected an object argument with the Elements group, e.g. {elements, params: {return_url}}.');
  if (!(options.elements instanceof ElementsGroup)) throw integrationError(call, 'elements should be the Elements group from stripe.elements().');
  const elements = options.elements;
  if (options.params !== undefined && !isRecord(options.params)) throw integrationError(call, 'params should be an object, e.g. {return_url, shipping}.');
  const params = isRecord(options.params) ? options.params : {};
  const returnUrl = params.return_url;
  if (returnUrl !== undefined && returnUrl !== null && (typeof returnUrl !== 'string' || !isAbsoluteHttpUrl(returnUrl)))
    throw integrationError(call, `params.return_url should be an absolute URL (https://…); you specified ${String(returnUrl)}.`);
  if (!elements.submitted)
    throw new IntegrationError(
      'elements.submit() must be called before createConfirmationToken(). Call elements.submit() as soon as your customer presses pay, prior to any asynchronous work. Integration guide: https://stripe.com/docs/payments/accept-a-payment-deferred',
    );
  const payment = elements.mountedPaymentElement(call);
  elements.submitted = false;
  const found = await elements.addressesForConfirm();
  if ('error' in found) return { error: found.error };
  const answer = await payment.request({
    type: 'create-confirmation-token',
    requestId: nextRequestId(),
    params,
    setupFutureUsage: elements.deferredIntent?.setupFutureUsage ?? null,
    intentKind: elements.intentKind ?? 'payment',
    addresses: found.addresses,
  });
  if (!answer || answer.type !== 'create-confirmation-token-result') return { error: frameGoneError('Payment Element') };
  if (answer.error || !answer.confirmationToken) return { error: answer.error ?? frameGoneError('Payment Element') };
  return { confirmationToken: answer.confirmationToken };
}
