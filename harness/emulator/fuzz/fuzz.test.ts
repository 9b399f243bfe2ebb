import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../endpoints.ts';
import { useEmulator } from '../testing.ts';
import { rawClient } from './client.ts';
import { isApiPath, problemsWith } from './expectations.ts';
import { encode, fuzzRequest, type FuzzRequest } from './requests.ts';
import { seedAccount } from './seed.ts';

/**
 * The robustness property of the emulator's API: whatever arrives, it answers with a Stripe-shaped
 * status and body, never a 5xx, and keeps working and logging. FUZZ_RUNS and FUZZ_SEED
 * (printed by fast-check on a failure) replay a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Independent property runs in flight at once: moderate, so two cores keep up. */
const LANES = 4;

const em = useEmulator();
let client: ReturnType<typeof rawClient>;
let ids: string[] = [];
const accountKey = `fuzz${Date.now().toString(36)}`;

beforeAll(async () => {
  client = rawClient('127.0.0.1', em.emulator.port, LANES * 2);
  ids = await seedAccount(em.stripe(accountKey), endpoints);
});
afterAll(() => client?.close());

describe('the emulator API under random and malformed requests', () => {
  it(`answers ${RUNS} of them Stripe-shaped, without a 5xx, and keeps working and logging`, { timeout: 180_000 }, async () => {
    const started = Date.now();
    const requestIds: { id: string; method: string; status: number }[] = [];
    let apiRequests = 0;
    const arbitrary = fuzzRequest({ endpoints, accountKey, ids });
    const property = fc.asyncProperty(arbitrary, async (request: FuzzRequest) => {
      const sent = encode(request);
      const response = await client.send(sent);
      const problems = problemsWith(request, sent.body?.length ?? 0, response, endpoints);
      if (problems.length) throw new Error(`${problems.join('; ')}\n→ ${response.status} ${response.text.slice(0, 300)}`);
      if (isApiPath(request.path)) {
        apiRequests++;
        const id = response.headers['request-id'];
        if (typeof id !== 'string') throw new Error(`no Request-Id on a /v1 answer (${response.status})`);
        requestIds.push({ id, method: request.method, status: response.status });
      }
    });
    const perLane = Math.ceil(RUNS / LANES);
    await Promise.all(
      Array.from({ length: LANES }, (_, lane) => fc.assert(property, { numRuns: perLane, ...(SEED !== undefined ? { seed: SEED + lane } : {}) })),
    );
    expect(apiRequests).toBeGreaterThan(RUNS * 0.8);
    // The generator must get past the key check and the parameter checks often enough to matter.
    const statuses = new Map<number, number>();
    for (const { status } of requestIds) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (process.env.FUZZ_STATS) console.log(Object.fromEntries(statuses));
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 401, 402, 404]));
    expect(statuses.get(200)! / apiRequests).toBeGreaterThan(0.03);

    // Still answers a normal request, through the SDK.
    const stripe = em.stripe();
    const customer = await stripe.customers.create({ email: 'after-fuzz@example.com' });
    expect(await stripe.customers.retrieve(customer.id)).toMatchObject({ id: customer.id, email: 'after-fuzz@example.com' });

    // Every /v1 call is in the request log, with the status it was answered with (the log keeps
    // the latest 20,000 entries, so a longer run checks its last 10,000 calls).
    const logged = new Map(em.emulator.log.list({ since: started }).map((e) => [e.id, e]));
    const unlogged = requestIds.slice(-10_000).filter(({ id, method, status }) => logged.get(id)?.method !== method || logged.get(id)?.status !== status);
    expect(unlogged.slice(0, 5)).toEqual([]);
    const res = await fetch(`${em.emulator.url}/_harness/requests?account=${accountKey}&since=${started}`);
    const viaControlApi = (await res.json()) as { data: unknown[] };
    expect(viaControlApi.data.length).toBeGreaterThan(0);
  });
});
