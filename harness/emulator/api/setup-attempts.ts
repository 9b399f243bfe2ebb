import { findSetupIntent } from '../domain/setup-intents.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { createdMatches, paginate, type CreatedFilter, type ListParams } from '../http/list.ts';
import { listFields, obj, range, str } from '../http/params.ts';

const listSetupAttemptsEndpoint = defineEndpoint<ListParams & { setup_intent: string; created?: CreatedFilter }>({
  method: 'get',
  path: '/v1/setup_attempts',
  access: 'secret',
  params: obj({ ...listFields, setup_intent: str(), created: range() }, ['setup_intent']),
  handle({ account }, p) {
    const si = findSetupIntent(account, p.setup_intent, 'setup_intent');
    const all = [...account.setupAttempts.values()].filter((a) => a.setup_intent === si.id && createdMatches(a.created, p.created));
    return paginate('/v1/setup_attempts', all, p, 'setup_attempt');
  },
});

/** `GET /v1/setup_attempts?setup_intent=seti_…`: every confirmation of a SetupIntent, newest first. */
export const setupAttemptEndpoints: Endpoint[] = [listSetupAttemptsEndpoint];
