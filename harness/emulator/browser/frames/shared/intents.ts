import type { IntentKind } from '../../protocol.ts';
import { parseClientSecret } from '../../client-secret.ts';
import type { ApiResult, EmulatorApi } from './api.ts';
import type { FormValue } from './form-encode.ts';

/** The intent as a publishable key sees it; only the fields the frames read are typed. */
export interface ClientIntent {
  id: string;
  object: 'setup_intent' | 'payment_intent';
  status: string;
  payment_method_types: string[];
  [field: string]: unknown;
}

/** `seti_123_secret_abc` → `seti_123` (Stripe.js checked the secret before it reached a frame). */
const intentIdOf = (clientSecret: string): string => parseClientSecret(clientSecret)?.intentId ?? clientSecret;

/** Which kind of intent a client secret belongs to. */
export const intentKindOf = (clientSecret: string): IntentKind => parseClientSecret(clientSecret)?.kind ?? 'payment';

const collection = (kind: IntentKind) => (kind === 'setup' ? 'setup_intents' : 'payment_intents');

/** `GET /v1/setup_intents/:id?client_secret=…` (or the PaymentIntent). */
export const retrieveIntent = (api: EmulatorApi, kind: IntentKind, clientSecret: string): Promise<ApiResult<ClientIntent>> =>
  api.get(`/v1/${collection(kind)}/${encodeURIComponent(intentIdOf(clientSecret))}`, { client_secret: clientSecret });

/** `POST /v1/setup_intents/:id/confirm` (or the PaymentIntent) with the client secret. */
export const confirmIntent = (api: EmulatorApi, kind: IntentKind, clientSecret: string, params: Record<string, FormValue>): Promise<ApiResult<ClientIntent>> =>
  api.post(`/v1/${collection(kind)}/${encodeURIComponent(intentIdOf(clientSecret))}/confirm`, { ...params, client_secret: clientSecret });
