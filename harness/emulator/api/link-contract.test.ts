import { describe, expect, it } from 'vitest';
import { recordedAccount } from '../contract/recorder.ts';
import { StripeContract, check } from '../contract/openapi.ts';
import { endpointKey } from '../contract/routes.ts';
import { useEmulator } from '../testing.ts';
import { linkContractExamples, linkResponseSchemas } from './link-contract.ts';
import { linkEndpoints } from './link.ts';

const em = useEmulator();
const contract = new StripeContract();

describe('the Link consumer endpoints keep their contract', () => {
  it('has a schema and a successful example for every Link endpoint, and none outside Stripe\'s spec', () => {
    const keys = linkEndpoints.map(endpointKey).sort();
    expect(Object.keys(linkResponseSchemas).sort()).toEqual(keys);
    expect([...new Set(linkContractExamples.filter((e) => e.status === 200).map((e) => e.endpoint))].sort()).toEqual(keys);
    expect(linkEndpoints.filter((e) => contract.specPath(e.method, e.path))).toEqual([]);
    const details = contract.validator('link probe', linkResponseSchemas['POST /v1/consumers/payment_details/list']!);
    expect(check(details, { redacted_payment_details: [{ id: 'csmrpd_1', type: 'CARD', is_default: true, label: 'x', billing_email_address: 'a@b.c' }] }).valid).toBe(false);
  });

  for (const example of linkContractExamples) {
    it(`${example.endpoint}: ${example.title} (${example.status})`, async () => {
      const account = recordedAccount(em.emulator.port, em.emulator.url, em.newAccountKey());
      const ctx = { ...account, customer: () => Promise.reject(new Error('unused')), savedCard: () => Promise.reject(new Error('unused')) };
      await example.call(ctx);
      for (const call of account.calls) {
        const key = `${call.method} ${call.path}` as keyof typeof linkResponseSchemas;
        const schema = call.status === 200 ? contract.validator(`link ${key}`, linkResponseSchemas[key]!) : contract.component('error');
        expect({ call: key, ...check(schema, call.body) }).toEqual({ call: key, valid: true, errors: [] });
      }
      const last = account.calls.at(-1)!;
      expect(`${last.method} ${last.path} ${last.status}`).toBe(`${example.endpoint} ${example.status}`);
      if (example.error) expect((last.body as { error: unknown }).error).toMatchObject(example.error);
    });
  }
});
