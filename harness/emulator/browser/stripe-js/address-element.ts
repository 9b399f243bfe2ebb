import type { AddressValue, StripeJsError } from '../protocol.ts';
import { StripeElementHost } from './element.ts';
import { frameGoneError } from './errors.ts';
import { nextRequestId } from './frame-names.ts';
import { integrationError } from './integration-error.ts';

/** `getValue()`'s answer, as Stripe.js resolves it. */
export interface AddressGetValueResult {
  complete: boolean;
  isNewAddress: boolean;
  value: AddressValue;
}

/**
 * The Address Element (`elements.create('address', {mode})`): the common element, plus
 * `getValue()`, and its value for confirm (billing details or shipping, by its mode).
 */
export class AddressElementHost extends StripeElementHost {
  /** `shipping` or `billing`, fixed at create. */
  get mode(): 'shipping' | 'billing' {
    return this.options.mode === 'shipping' ? 'shipping' : 'billing';
  }

  /** Validates the fields (showing what is missing) and resolves `{complete, isNewAddress, value}`. */
  async getValue(_options?: unknown): Promise<AddressGetValueResult> {
    if (!this.mounted) throw integrationError('addressElement.getValue()', 'the Address Element is not mounted; mount it before asking for its value.');
    const answer = await this.request({ type: 'get-value', requestId: nextRequestId() });
    if (!answer || answer.type !== 'value-result') throw integrationError('addressElement.getValue()', 'the Address Element was unmounted before it answered.');
    return answer.result as unknown as AddressGetValueResult;
  }

  /** The value to confirm with, or the validation error the shopper now sees under the fields. */
  async valueForConfirm(): Promise<{ value: AddressValue } | { error: StripeJsError }> {
    const answer = await this.request({ type: 'get-value', requestId: nextRequestId() });
    if (!answer || answer.type !== 'value-result') return { error: frameGoneError('Address Element') };
    const result = answer.result as unknown as AddressGetValueResult;
    if (!result.complete) return { error: { type: 'validation_error', code: 'incomplete_address', message: 'Your address is incomplete.' } };
    return { value: result.value };
  }
}
