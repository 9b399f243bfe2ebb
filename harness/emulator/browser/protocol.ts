/**
 * The messages between the emulated Stripe.js (in the merchant's page) and the element frames it
 * mounts (served by the emulator, so cross-origin). Every message carries `channel` so that other
 * postMessage traffic on the merchant's page is ignored, and the frame's id.
 *
 * Browser code only: nothing here may import Node modules.
 */

export const CHANNEL = 'link-harness-stripe-js';

import type { ElementType } from './element-types.ts';

/** An element type Stripe.js knows (the list is in element-types.ts). */
export type { ElementType };
export type IntentKind = 'setup' | 'payment';

/** A logged-in Link shopper, shared between frames through the parent page. */
export interface LinkSession {
  client_secret: string;
  email_address: string;
  /** How the shopper was recognised: a code, the emulator origin's storage, or the merchant's persistent token. */
  via: 'otp' | 'remembered' | 'persistent_token' | 'signup';
}

/** Stripe.js's client-side error shape (what `{error}` resolves with). */
export interface StripeJsError {
  type: 'card_error' | 'validation_error' | 'invalid_request_error' | 'api_error' | 'authentication_error' | 'rate_limit_error' | 'api_connection_error';
  code?: string;
  decline_code?: string;
  advice_code?: string;
  message: string;
  param?: string;
  doc_url?: string;
  setup_intent?: unknown;
  payment_intent?: unknown;
  payment_method?: unknown;
}

/** What an Address Element holds (its `change` event's `value`), as the page relays it to confirm. */
export interface AddressValue {
  name: string;
  firstName?: string;
  lastName?: string;
  address: { line1: string; line2: string | null; city: string; state: string; postal_code: string; country: string };
  phone?: string;
}

/** The mounted Address Elements' values, by mode: billing becomes `billing_details`, shipping the PaymentIntent's `shipping`. */
export interface AddressDetails {
  billing?: AddressValue;
  shipping?: AddressValue;
}

/**
 * `stripe.elements({mode, …})`: the intent the page will create later, as far as the Payment
 * Element needs it (Stripe.js's camelCase names; the snake_case aliases are read into these).
 */
export interface DeferredIntent {
  mode: 'payment' | 'setup' | 'subscription';
  amount: number | null;
  currency: string | null;
  /** `allowedPaymentMethodTypes` (the older `paymentMethodTypes`): the methods to offer, else the account's automatic ones. */
  paymentMethodTypes: string[] | null;
  /** `excludedPaymentMethodTypes`: methods never to offer. */
  excludedPaymentMethodTypes: string[] | null;
  setupFutureUsage: 'off_session' | 'on_session' | null;
  captureMethod: 'manual' | 'automatic' | 'automatic_async' | null;
  paymentMethodCreation: 'manual' | null;
  paymentMethodConfiguration: string | null;
  onBehalfOf: string | null;
}

/** Sent once to a frame after it says `frame-loaded`, and again on `element.update`. */
export interface InitMessage {
  type: 'init';
  elementType: ElementType;
  publishableKey: string;
  /** The intent's client secret from `stripe.elements({clientSecret})`, if any. */
  clientSecret: string | null;
  intentKind: IntentKind | null;
  /** The options of `elements.create(type, options)` (defaultValues, layout, …). */
  options: Record<string, unknown>;
  /** `stripe.elements({appearance})`. */
  appearance: Record<string, unknown>;
  /** The email another element already knows (Link Authentication Element → Payment Element). */
  email: string | null;
  /** Whether a Link Authentication Element is mounted in the same Elements group. */
  hasLinkAuthenticationElement: boolean;
  /** Whether a billing Address Element is created in the same group (the Payment Element then asks for no address). */
  hasBillingAddressElement?: boolean;
  /**
   * The Link session another element already reported (null: it ended), absent when none did.
   * Given with `email`, so a frame that starts after the shopper was logged in does not look the
   * email up as a new shopper's first.
   */
  linkSession?: LinkSession | null;
  /** The group's deferred intent (`stripe.elements({mode, currency, …})`), null or absent with a client secret. */
  deferredIntent?: DeferredIntent | null;
}

export type ToFrame =
  | InitMessage
  | { type: 'update'; options: Record<string, unknown> }
  | { type: 'link-session'; session: LinkSession | null }
  | { type: 'email'; email: string | null }
  | { type: 'focus' }
  | { type: 'blur' }
  | { type: 'clear' }
  /** `elements.submit()`: validate and report. */
  | { type: 'submit'; requestId: string }
  /** Confirm the intent with what the shopper entered. Only the Payment Element answers. */
  | {
      type: 'confirm';
      requestId: string;
      intentKind: IntentKind;
      clientSecret: string;
      returnUrl: string | null;
      confirmParams: Record<string, unknown>;
      addresses?: AddressDetails;
    }
  /** Show an error next to the fields (e.g. a declined card after confirm). */
  | { type: 'show-error'; error: StripeJsError }
  /**
   * `stripe.createPaymentMethod({elements, params})`, or a card method given the Payment Element
   * (`confirmCardSetup(secret, {payment_method: {card: paymentElement}})`): the frame creates the
   * PaymentMethod itself (POST /v1/payment_methods) so raw card data never leaves it. `params` are
   * the merchant's extra fields (billing_details, metadata, allow_redisplay), to merge over what
   * the shopper entered. Answered by `create-payment-method-result`.
   */
  | { type: 'create-payment-method'; requestId: string; params: Record<string, unknown> }
  /**
   * `stripe.createToken(paymentElement, data)`: the frame POSTs /v1/tokens with the card and
   * `data` (name, address_line1, address_zip, …). Answered by `create-token-result`.
   */
  | { type: 'create-token'; requestId: string; data: Record<string, unknown> }
  /**
   * `stripe.createConfirmationToken({elements, params})`: the Payment Element's frame POSTs
   * /v1/confirmation_tokens with what the shopper chose, `params` merged over it, and the group's
   * `setupFutureUsage`. Answered by `create-confirmation-token-result`.
   */
  | {
      type: 'create-confirmation-token';
      requestId: string;
      params: Record<string, unknown>;
      setupFutureUsage: 'off_session' | 'on_session' | null;
      /** The intent the token is for (the group's mode): a PaymentIntent's token takes the shipping Address Element's value. */
      intentKind: IntentKind;
      /** The Address Elements' values (billing details; shipping for a payment). */
      addresses?: AddressDetails;
    }
  /**
   * The confirm this frame answered is over on the parent's side, after any 3DS challenge:
   * `intent` is the final intent (e.g. `succeeded`: time for a Link opt-in sign-up) or `error`
   * what `confirmSetup` resolved with. Sent for every `confirm`, whatever its outcome.
   */
  | { type: 'confirm-finished'; requestId: string; intent: Record<string, unknown> | null; error: StripeJsError | null }
  /** `addressElement.getValue()`: validate and answer with `value-result`. */
  | { type: 'get-value'; requestId: string }
  /** The merchant's `click` handler called `resolve(options)` (or `reject()`, or neither within 1 s). */
  | { type: 'express-click-answer'; resolved: boolean; options: Record<string, unknown> }
  /** The merchant's `confirm` handler called `paymentFailed({reason, message})`. */
  | { type: 'express-payment-failed'; reason: string; message: string | null }
  /** To the `cardNumber` frame before a request: the frames of the same group that hold the expiry and the CVC (it asks them itself, frame to frame). */
  | { type: 'card-siblings'; frames: { cardExpiry?: string; cardCvc?: string } }
  /** To the `cardCvc` frame: the brand the `cardNumber` element reported (an American Express CVC has four digits). */
  | { type: 'card-brand'; brand: string };

export type FromFrame =
  | { type: 'frame-loaded' }
  /** `event`: what the element's `ready` event carries besides `elementType` (the Express Checkout Element's `availablePaymentMethods`). */
  | { type: 'ready'; event?: Record<string, unknown> }
  | { type: 'change'; event: Record<string, unknown> }
  | { type: 'focus' }
  | { type: 'blur' }
  | { type: 'escape' }
  | { type: 'height'; height: number }
  | { type: 'loaderror'; error: StripeJsError }
  | { type: 'link-session'; session: LinkSession | null }
  | { type: 'email'; email: string | null }
  | { type: 'submit-result'; requestId: string; error: StripeJsError | null }
  /** The confirm call's answer: the intent (client view) or an error. */
  | { type: 'confirm-result'; requestId: string; intent: Record<string, unknown> | null; error: StripeJsError | null }
  /** From the 3DS challenge page: the shopper pressed Complete or Fail and the emulator recorded it. */
  | { type: 'challenge-complete'; outcome: 'authorize' | 'fail' }
  | { type: 'create-payment-method-result'; requestId: string; paymentMethod: Record<string, unknown> | null; error: StripeJsError | null }
  | { type: 'create-token-result'; requestId: string; token: Record<string, unknown> | null; error: StripeJsError | null }
  | { type: 'create-confirmation-token-result'; requestId: string; confirmationToken: Record<string, unknown> | null; error: StripeJsError | null }
  /** The Address Element's `getValue()` answer: `{complete, isNewAddress, value}`. */
  | { type: 'value-result'; requestId: string; result: Record<string, unknown> }
  /** A button of the Express Checkout Element was pressed: the page emits `click` and answers `express-click-answer`. */
  | { type: 'express-click'; expressPaymentType: string }
  /** The shopper approved in the Express Checkout Element: the page emits `confirm` with `event`. */
  | { type: 'express-confirm'; event: Record<string, unknown> }
  /** The shopper closed the Express Checkout Element's payment interface. */
  | { type: 'express-cancel' };

/** The envelope on the wire. */
export interface Envelope<T> {
  channel: typeof CHANNEL;
  frameId: string;
  message: T;
}

/** Wraps a message for postMessage. */
export const envelope = <T>(frameId: string, message: T): Envelope<T> => ({ channel: CHANNEL, frameId, message });

/** Unwraps a postMessage payload, or undefined when it is not ours. */
export function openEnvelope<T>(data: unknown): Envelope<T> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const e = data as Partial<Envelope<T>>;
  return e.channel === CHANNEL && typeof e.frameId === 'string' && typeof e.message === 'object' ? (e as Envelope<T>) : undefined;
}

/**
 * What the parent writes into a frame's URL hash, so the frame knows its id and whom to talk to
 * before any message arrives: `#frameId=…&parentOrigin=…` (percent-encoded values).
 */
export interface FrameHash {
  frameId: string;
  parentOrigin: string;
}

/** `#frameId=…&parentOrigin=…` for a frame's src. */
export const frameHash = (h: FrameHash): string => `#frameId=${encodeURIComponent(h.frameId)}&parentOrigin=${encodeURIComponent(h.parentOrigin)}`;

/** Reads {@link frameHash} back (from `location.hash`), or undefined when the frame id is missing. */
export function readFrameHash(hash: string): FrameHash | undefined {
  const fields = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    try {
      fields.set(part.slice(0, at), decodeURIComponent(part.slice(at + 1)));
    } catch {
      // A malformed escape leaves that field out rather than breaking the frame.
    }
  }
  const frameId = fields.get('frameId');
  return frameId ? { frameId, parentOrigin: fields.get('parentOrigin') ?? '*' } : undefined;
}
