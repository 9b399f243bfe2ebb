import { describe, expect, it } from 'vitest';
import { secretKeyLeaks, setupIntentLeaks } from './leaks.ts';

describe('secretKeyLeaks (SETUP-03)', () => {
  it('finds secret and restricted keys, test or live, and redacts them', () => {
    const leaks = secretKeyLeaks('a sk_test_reference_checkout b rk_live_51Habc c sk_live_xyz9');
    expect(leaks.map((l) => l.kind)).toEqual(['secret-key', 'restricted-key', 'secret-key']);
    expect(leaks[0]!.excerpt).toBe('sk_test_refe…');
    expect(leaks.every((l) => !l.excerpt.includes('checkout'))).toBe(true);
  });

  it('finds a whole SetupIntent or PaymentIntent, in JSON, HTML-escaped or backslash-escaped', () => {
    expect(secretKeyLeaks('<script>{"id":"seti_1","object": "setup_intent","client_secret":"seti_1_secret_x"}</script>').map((l) => l.kind)).toEqual([
      'setup-intent-object',
    ]);
    expect(secretKeyLeaks('<div data-x="{&quot;object&quot;:&quot;setup_intent&quot;}"></div>').map((l) => l.kind)).toEqual(['setup-intent-object']);
    expect(secretKeyLeaks('var s = "{\\"object\\":\\"payment_intent\\"}";').map((l) => l.kind)).toEqual(['payment-intent-object']);
  });

  it('lets through what may reach the browser: publishable keys, client secrets, ids, prose', () => {
    expect(secretKeyLeaks('pk_test_abc seti_123_secret_456 pi_1_secret_2 cus_123 "object":"customer" task_test_ask_test_')).toEqual([]);
  });
});

describe('setupIntentLeaks (SETUP-03)', () => {
  const si = { id: 'seti_1Abc', customer: 'cus_9Xyz' };

  it("finds the SetupIntent's fields in any shape: a JS literal, the shop's own JSON, a table", () => {
    expect(setupIntentLeaks("window.debug = {id: 'seti_1Abc', status: 'requires_payment_method'};", si).map((l) => l.kind)).toEqual(['setup-intent-fields']);
    expect(setupIntentLeaks('{"secret":"seti_1Abc_secret_q","setup":{"id":"seti_1Abc","customer":"cus_9Xyz","usage":"off_session"}}', si)).toHaveLength(1);
    expect(setupIntentLeaks('<tr><td>seti_1Abc</td><td>cus_9Xyz</td></tr>', si)).toHaveLength(1);
    expect(setupIntentLeaks('<div data-x="{&quot;id&quot;:&quot;seti_1Abc&quot;,&quot;status&quot;:&quot;requires_payment_method&quot;}">', si)).toHaveLength(
      1,
    );
  });

  it('lets through the client secret, the id on its own, a redirect_status beside it, and other SetupIntents', () => {
    expect(setupIntentLeaks('{"secret":"seti_1Abc_secret_q"} status: requires_payment_method cus_9Xyz', si)).toEqual([]);
    expect(setupIntentLeaks('<div data-setup-intent="seti_1Abc" data-setup-outcome="succeeded">Saved</div>', si)).toEqual([]);
    expect(setupIntentLeaks('/back?setup_intent=seti_1Abc&setup_intent_client_secret=seti_1Abc_secret_q&redirect_status=succeeded', si)).toEqual([]);
    expect(setupIntentLeaks("{id: 'seti_1AbcD', status: 'requires_payment_method', customer: 'cus_9Xyz'}", si)).toEqual([]);
    expect(setupIntentLeaks("{id: 'seti_1Abc', status: 'active'} status", si)).toEqual([]);
    expect(setupIntentLeaks("{id: 'seti_1Abc', state: 'succeeded'}", { id: 'seti_1Abc', customer: null })).toEqual([]);
  });
});
