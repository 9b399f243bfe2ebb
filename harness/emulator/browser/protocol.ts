/**
 * The messages between the emulated Stripe.js (in the merchant's page) and the element frames it
 * mounts (served by the emulator, so cross-origin). Every message carries `channel` so that other
 * postMessage traffic on the merchant's page is ignored, and the frame's id.
 *
 * Browser code only: nothing here may import Node modules.
 */

export const CHANNEL = 'link-harness-stripe-js';

export type ElementType = 'linkAuthentication' | 'payment';
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
  | { type: 'confirm'; requestId: string; intentKind: IntentKind; clientSecret: string; returnUrl: string | null; confirmParams: Record<string, unknown> }
  /** Show an error next to the fields (e.g. a declined card after confirm). */
  | { type: 'show-error'; error: StripeJsError };

export type FromFrame =
  | { type: 'frame-loaded' }
  | { type: 'ready' }
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
  | { type: 'challenge-complete'; outcome: 'authorize' | 'fail' };

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
