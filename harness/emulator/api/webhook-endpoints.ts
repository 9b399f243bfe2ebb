import type Stripe from 'stripe';
import { EMULATOR_API_VERSION } from '../core/api-version.ts';
import { invalidRequest, parameterInvalid, parameterMissing, resourceMissing, StripeApiError } from '../core/errors.ts';
import { newId, nowSeconds, randomToken } from '../core/ids.ts';
import type { Account } from '../domain/account.ts';
import { eventTypes } from '../domain/event-types.ts';
import { applyMetadata } from '../domain/metadata.ts';
import { checkApiVersion } from '../http/api-version.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { paginate, type ListParams } from '../http/list.ts';
import { arr, bool, emptyable, listFields, metadata, obj, str } from '../http/params.ts';

/** How many endpoints one test-mode account may have, as at Stripe. */
const MAX_ENDPOINTS = 16;

const enabledEvents = arr(str({ enum: ['*', ...eventTypes] }));

type WebhookEndpointParams = {
  url?: string;
  enabled_events?: string[];
  description?: string | '';
  metadata?: Record<string, string> | '';
  api_version?: string;
  disabled?: boolean;
};

/** A URL Stripe could POST to: absolute `http(s)://` with a host, at most 5000 characters. */
function checkUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.hostname === '' || url.length > 5000)
    throw parameterInvalid('url', `Invalid URL: ${url}. URLs must begin with http:// or https:// and name a host.`, 'url_invalid');
  return url;
}

function checkEnabledEvents(events: string[]): string[] {
  if (events.length === 0) throw parameterMissing('enabled_events');
  return [...new Set(events)];
}

/** The webhook endpoint with this id, or Stripe's 404. */
function findEndpoint(account: Account, id: string): Stripe.WebhookEndpoint {
  const endpoint = account.webhookEndpoints.byId.get(id);
  if (!endpoint) throw resourceMissing('webhook_endpoint', id);
  return endpoint;
}

const createWebhookEndpoint = defineEndpoint<WebhookEndpointParams>({
  method: 'post',
  path: '/v1/webhook_endpoints',
  access: 'secret',
  params: obj({ url: str(), enabled_events: enabledEvents, description: emptyable(str({ max: 5000 })), metadata: metadata(), api_version: str() }, [
    'url',
    'enabled_events',
  ]),
  handle({ account }, p): Stripe.WebhookEndpoint {
    const url = checkUrl(p.url!);
    const events = checkEnabledEvents(p.enabled_events!);
    if (p.api_version !== undefined) {
      try {
        checkApiVersion(p.api_version, EMULATOR_API_VERSION);
      } catch (err) {
        if (err instanceof StripeApiError) throw parameterInvalid('api_version', `Invalid API version: ${p.api_version}`);
        throw err;
      }
    }
    if (account.webhookEndpoints.byId.size >= MAX_ENDPOINTS)
      throw invalidRequest(`You have reached the maximum of ${MAX_ENDPOINTS} test webhook endpoints.`, { param: 'url' });
    const endpoint: Stripe.WebhookEndpoint = {
      id: newId('we'),
      object: 'webhook_endpoint',
      api_version: p.api_version ?? null,
      application: null,
      created: nowSeconds(),
      description: p.description || null,
      enabled_events: events,
      livemode: false,
      metadata: applyMetadata({}, p.metadata),
      status: 'enabled',
      url,
    };
    const secret = `whsec_${randomToken(32)}`;
    account.webhookEndpoints.add(endpoint, secret);
    // Only the create answer shows the secret.
    return { ...endpoint, secret };
  },
});

const retrieveWebhookEndpoint = defineEndpoint({
  method: 'get',
  path: '/v1/webhook_endpoints/:id',
  access: 'secret',
  params: obj({}),
  handle: ({ account, path }) => findEndpoint(account, path.id!),
});

const updateWebhookEndpoint = defineEndpoint<WebhookEndpointParams>({
  method: 'post',
  path: '/v1/webhook_endpoints/:id',
  access: 'secret',
  params: obj({ url: str(), enabled_events: enabledEvents, description: emptyable(str({ max: 5000 })), metadata: metadata(), disabled: bool() }),
  handle({ account, path }, p): Stripe.WebhookEndpoint {
    const endpoint = findEndpoint(account, path.id!);
    const url = p.url !== undefined ? checkUrl(p.url) : endpoint.url;
    const events = p.enabled_events !== undefined ? checkEnabledEvents(p.enabled_events) : endpoint.enabled_events;
    endpoint.url = url;
    endpoint.enabled_events = events;
    if (p.description !== undefined) endpoint.description = p.description || null;
    endpoint.metadata = applyMetadata(endpoint.metadata, p.metadata);
    if (p.disabled !== undefined) endpoint.status = p.disabled ? 'disabled' : 'enabled';
    return endpoint;
  },
});

const listWebhookEndpoints = defineEndpoint<ListParams>({
  method: 'get',
  path: '/v1/webhook_endpoints',
  access: 'secret',
  params: obj(listFields),
  handle: ({ account }, p) => paginate('/v1/webhook_endpoints', [...account.webhookEndpoints.byId.values()], p, 'webhook_endpoint'),
});

const deleteWebhookEndpoint = defineEndpoint({
  method: 'delete',
  path: '/v1/webhook_endpoints/:id',
  access: 'secret',
  params: obj({}),
  handle({ account, path }): Stripe.DeletedWebhookEndpoint {
    const endpoint = findEndpoint(account, path.id!);
    account.webhookEndpoints.delete(endpoint.id);
    return { id: endpoint.id, object: 'webhook_endpoint', deleted: true };
  },
});

/** `/v1/webhook_endpoints`: create (the answer carries the `whsec_…` secret), retrieve, update, list, delete. */
export const webhookEndpointEndpoints: Endpoint[] = [
  createWebhookEndpoint,
  retrieveWebhookEndpoint,
  updateWebhookEndpoint,
  listWebhookEndpoints,
  deleteWebhookEndpoint,
];
