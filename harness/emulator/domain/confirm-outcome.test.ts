import { describe, expect, it } from 'vitest';
import { Account } from './account.ts';
import { chargeOutcome, confirmOutcome, type ConfirmMoment } from './confirm-outcome.ts';
import { storeCardPaymentMethod } from './payment-methods.ts';
import { testCardByNumber, testCards } from './test-cards.ts';

/** Short names for the outcomes Stripe's testing docs list for each test card. */
type Expected = 'ok' | '3ds' | 'auth_required' | 'insufficient_funds' | 'generic_decline' | 'expired_card' | 'incorrect_cvc';

interface Row {
  number: string;
  setup: Expected;
  onSessionNeverSetUp: Expected;
  onSessionAfterSetup: Expected;
  offSessionAfterSetup: Expected;
  offSessionWithoutSetup: Expected;
}

// Written from Stripe's testing docs (docs.stripe.com/testing: cards at setup and when charged later off-session), not from test-cards.ts.
const table: Row[] = [
  { number: '4242424242424242', setup: 'ok', onSessionNeverSetUp: 'ok', onSessionAfterSetup: 'ok', offSessionAfterSetup: 'ok', offSessionWithoutSetup: 'ok' },
  { number: '4000056655665556', setup: 'ok', onSessionNeverSetUp: 'ok', onSessionAfterSetup: 'ok', offSessionAfterSetup: 'ok', offSessionWithoutSetup: 'ok' },
  { number: '5555555555554444', setup: 'ok', onSessionNeverSetUp: 'ok', onSessionAfterSetup: 'ok', offSessionAfterSetup: 'ok', offSessionWithoutSetup: 'ok' },
  { number: '378282246310005', setup: 'ok', onSessionNeverSetUp: 'ok', onSessionAfterSetup: 'ok', offSessionAfterSetup: 'ok', offSessionWithoutSetup: 'ok' },
  { number: '6011111111111117', setup: 'ok', onSessionNeverSetUp: 'ok', onSessionAfterSetup: 'ok', offSessionAfterSetup: 'ok', offSessionWithoutSetup: 'ok' },
  {
    number: '4000002500003155',
    setup: '3ds',
    onSessionNeverSetUp: '3ds',
    onSessionAfterSetup: 'ok',
    offSessionAfterSetup: 'ok',
    offSessionWithoutSetup: 'auth_required',
  },
  {
    number: '4000002760003184',
    setup: '3ds',
    onSessionNeverSetUp: '3ds',
    onSessionAfterSetup: '3ds',
    offSessionAfterSetup: 'auth_required',
    offSessionWithoutSetup: 'auth_required',
  },
  {
    number: '4000003800000446',
    setup: '3ds',
    onSessionNeverSetUp: '3ds',
    onSessionAfterSetup: '3ds',
    offSessionAfterSetup: 'ok',
    offSessionWithoutSetup: 'auth_required',
  },
  {
    number: '4000008260003178',
    setup: '3ds',
    onSessionNeverSetUp: '3ds',
    onSessionAfterSetup: '3ds',
    offSessionAfterSetup: 'insufficient_funds',
    offSessionWithoutSetup: 'auth_required',
  },
  {
    number: '4000000000003220',
    setup: '3ds',
    onSessionNeverSetUp: '3ds',
    onSessionAfterSetup: 'ok',
    offSessionAfterSetup: 'ok',
    offSessionWithoutSetup: 'auth_required',
  },
  {
    number: '4000000000009995',
    setup: 'insufficient_funds',
    onSessionNeverSetUp: 'insufficient_funds',
    onSessionAfterSetup: 'insufficient_funds',
    offSessionAfterSetup: 'insufficient_funds',
    offSessionWithoutSetup: 'insufficient_funds',
  },
  {
    number: '4000000000000002',
    setup: 'generic_decline',
    onSessionNeverSetUp: 'generic_decline',
    onSessionAfterSetup: 'generic_decline',
    offSessionAfterSetup: 'generic_decline',
    offSessionWithoutSetup: 'generic_decline',
  },
  {
    number: '4000000000000341',
    setup: 'ok',
    onSessionNeverSetUp: 'ok',
    onSessionAfterSetup: 'generic_decline',
    offSessionAfterSetup: 'generic_decline',
    offSessionWithoutSetup: 'generic_decline',
  },
  {
    number: '4000000000000069',
    setup: 'expired_card',
    onSessionNeverSetUp: 'expired_card',
    onSessionAfterSetup: 'expired_card',
    offSessionAfterSetup: 'expired_card',
    offSessionWithoutSetup: 'expired_card',
  },
  {
    number: '4000000000000127',
    setup: 'incorrect_cvc',
    onSessionNeverSetUp: 'incorrect_cvc',
    onSessionAfterSetup: 'incorrect_cvc',
    offSessionAfterSetup: 'incorrect_cvc',
    offSessionWithoutSetup: 'incorrect_cvc',
  },
];

function short(outcome: ReturnType<typeof confirmOutcome>): Expected {
  switch (outcome.kind) {
    case 'succeeds':
      return 'ok';
    case 'authenticate':
      return '3ds';
    case 'authentication_required':
      return 'auth_required';
    case 'decline':
      return (outcome.decline_code ?? outcome.code) as Expected;
  }
}

function paymentMethod(number: string, setUp: boolean) {
  const account = new Account('outcomes');
  const pm = storeCardPaymentMethod(account, testCardByNumber(number)!);
  if (setUp) account.setUpForOffSession.add(pm.id);
  return { account, pm };
}

const decide = (number: string, moment: ConfirmMoment, setUp: boolean) => {
  const { account, pm } = paymentMethod(number, setUp);
  return short(confirmOutcome(account, pm, moment));
};

describe('confirmOutcome: every test card', () => {
  it('the table covers every card the emulator knows', () => {
    expect(table.map((r) => r.number).sort()).toEqual(testCards.map((c) => c.number).sort());
  });

  it.each(table)('$number at setup, on-session and off-session', (row) => {
    expect(decide(row.number, 'setup', false)).toBe(row.setup);
    expect(decide(row.number, 'on_session_payment', false)).toBe(row.onSessionNeverSetUp);
    expect(decide(row.number, 'on_session_payment', true)).toBe(row.onSessionAfterSetup);
    expect(decide(row.number, 'off_session_payment', true)).toBe(row.offSessionAfterSetup);
    expect(decide(row.number, 'off_session_payment', false)).toBe(row.offSessionWithoutSetup);
  });

  it('a card set up before needs no new challenge at setup unless it asks on every payment', () => {
    expect(decide('4000002500003155', 'setup', true)).toBe('ok');
    expect(decide('4000000000003220', 'setup', true)).toBe('ok');
    expect(decide('4000002760003184', 'setup', true)).toBe('3ds');
    expect(decide('4000000000000341', 'setup', true)).toBe('ok');
  });

  it('request_three_d_secure any/challenge asks for a challenge on-session only', () => {
    const { account, pm } = paymentMethod('4242424242424242', false);
    expect(confirmOutcome(account, pm, 'setup', 'any').kind).toBe('authenticate');
    expect(confirmOutcome(account, pm, 'on_session_payment', 'challenge').kind).toBe('authenticate');
    expect(confirmOutcome(account, pm, 'on_session_payment', 'automatic').kind).toBe('succeeds');
    expect(confirmOutcome(account, pm, 'off_session_payment', 'any').kind).toBe('succeeds');
  });

  it('a payment method with no test card behind it (a Link bank account) succeeds', () => {
    const account = new Account('bank');
    const pm = { id: 'pm_bank', type: 'link' } as Parameters<typeof confirmOutcome>[1];
    for (const moment of ['setup', 'on_session_payment', 'off_session_payment'] as const) expect(confirmOutcome(account, pm, moment).kind).toBe('succeeds');
    expect(chargeOutcome(account, pm).kind).toBe('succeeds');
  });
});

describe('chargeOutcome: the charge after authentication', () => {
  it.each([
    ['4242424242424242', 'ok'],
    ['4000002760003184', 'ok'],
    ['4000002500003155', 'ok'],
    ['4000000000000341', 'generic_decline'],
    ['4000008260003178', 'insufficient_funds'],
  ] as const)('%s → %s', (number, expected) => {
    const { account, pm } = paymentMethod(number, false);
    expect(short(chargeOutcome(account, pm))).toBe(expected);
  });
});
