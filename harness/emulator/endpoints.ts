import type { Endpoint } from './http/endpoint.ts';
import { customerEndpoints } from './api/customers.ts';
import { paymentMethodEndpoints } from './api/payment-methods.ts';
import { setupIntentEndpoints } from './api/setup-intents.ts';
import { paymentIntentEndpoints } from './api/payment-intents.ts';
import { paymentIntentCaptureEndpoints } from './api/payment-intent-capture.ts';
import { refundEndpoints } from './api/refunds.ts';
import { setupAttemptEndpoints } from './api/setup-attempts.ts';
import { threeDSecureEndpoints } from './api/three-d-secure.ts';
import { linkEndpoints } from './api/link.ts';
import { tokenEndpoints } from './api/tokens.ts';
import { confirmationTokenEndpoints } from './api/confirmation-tokens.ts';
import { elementsSessionEndpoints } from './api/elements-sessions.ts';
import { eventEndpoints } from './api/events.ts';
import { webhookEndpointEndpoints } from './api/webhook-endpoints.ts';

/** Every Stripe API endpoint the emulator serves. */
export const endpoints: readonly Endpoint[] = [
  ...customerEndpoints,
  ...paymentMethodEndpoints,
  ...setupIntentEndpoints,
  ...paymentIntentEndpoints,
  ...paymentIntentCaptureEndpoints,
  ...refundEndpoints,
  ...setupAttemptEndpoints,
  ...threeDSecureEndpoints,
  ...linkEndpoints,
  ...tokenEndpoints,
  ...confirmationTokenEndpoints,
  ...elementsSessionEndpoints,
  ...eventEndpoints,
  ...webhookEndpointEndpoints,
];
