import fc from 'fast-check';

/**
 * Small arbitraries for the robustness test: the strings, numbers and ids a careless or hostile
 * client might send. Everything here stays a short description; huge values are a `{repeat}`
 * spec built only when the request is encoded, so a failing case prints readably.
 */

/** `arbitrary` one time in `oneIn`, else undefined (`fc.option`'s `freq` weighs the other way). */
export const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** A value that may be huge: a literal string, or `text` repeated `times`. */
export type FuzzText = string | { repeat: string; times: number };

export const textOf = (t: FuzzText): string => (typeof t === 'string' ? t : t.repeat.repeat(t.times));

/** Percent-encoding that is broken or decodes to invalid UTF-8. */
export const badPercent = fc.constantFrom('%', '%%', '%zz', '%4', '%C3%28', '%FF%FE', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%00', '%F4%90%80%80', '%uD800');

/** Characters that break naive form parsers. */
const formJunk = fc.constantFrom(
  '&',
  '=',
  '[',
  ']',
  '[]',
  '][',
  '+',
  ';',
  '#',
  '?',
  '\\',
  '..',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
);

/** Any text, including unicode, control characters and broken percent-encoding. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.array(fc.oneof(badPercent, formJunk, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join('')) },
);

/** Numbers as a form carries them: integers small and huge, negatives, floats, exponents, junk. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -5, max: 200 }).map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double().map(String),
  fc.constantFrom('', '0x10', '1e3', '01', '+1', '--1', 'NaN', 'Infinity', '9007199254740993', '1.0', ' 1', '１２'),
);

/** Values a parameter might get: plausible, wrong-typed, empty or huge. */
export const valueText: fc.Arbitrary<FuzzText> = fc.oneof(
  { weight: 12, arbitrary: anyText },
  { weight: 6, arbitrary: numberText },
  {
    weight: 4,
    arbitrary: fc.constantFrom('true', 'false', 'yes', 'null', '', 'card', 'link', 'off_session', 'on_session', 'automatic', 'usd', 'eur', 'jenny@example.com'),
  },
  // Huge, but rare: every megabyte sent costs time on two cores.
  { weight: 1, arbitrary: fc.record({ repeat: fc.constantFrom('a', 'é', '%', '[', '4242'), times: fc.integer({ min: 1_000, max: 60_000 }) }) },
);

/** Ids: well-formed and not, Stripe test ids, and ids of other object types. */
export const idText: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^(cus|pm|seti|pi|ch|tok|src|card|acct|req|csmrs|ls|3ds2)_[A-Za-z0-9]{0,28}$/),
  fc.constantFrom(
    'pm_card_visa',
    'pm_card_visa_chargeDeclined',
    'pm_card_authenticationRequired',
    'pm_card_threeDSecure2Required',
    'tok_visa',
    'tok_chargeDeclinedExpiredCard',
    'seti_1_secret_x',
    'cus_',
    '_',
    'null',
    'undefined',
  ),
  anyText,
);

/** An API key as a caller might send it, and what the harness promises for it. */
export type KeyCase = { kind: 'secret' | 'publishable'; key: string } | { kind: 'live'; key: string } | { kind: 'bad'; key: string } | { kind: 'missing' };

/** Keys: the fuzzed account's pair, other test accounts, live keys, malformed keys, none. */
export function keyCase(accountKey: string): fc.Arbitrary<KeyCase> {
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant<KeyCase>({ kind: 'secret', key: `sk_test_${accountKey}` }) },
    { weight: 4, arbitrary: fc.constant<KeyCase>({ kind: 'publishable', key: `pk_test_${accountKey}` }) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/).map<KeyCase>((k) => ({ kind: 'secret', key: `sk_test_fz${k}` })) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('sk_live_', 'pk_live_', 'rk_live_')
        .chain((p) => fc.stringMatching(/^[A-Za-z0-9]{0,30}$/).map<KeyCase>((k) => ({ kind: 'live', key: p + k }))),
    },
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            'sk_test_',
            'pk_test_',
            'rk_tst_abc',
            'sk_test_has-dash',
            'sk_test_dot.s',
            'sk_tset_abc',
            'SK_TEST_ABC',
            'sk_test_é',
            'pk_test_ ',
            'Bearer',
          ),
          fc.constant(`sk_test_${'a'.repeat(201)}`),
          // No `:`: Basic auth keeps what comes before one, which could be a good key.
          fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes(':') && !/^(sk|pk)_test_[A-Za-z0-9_]+$/.test(s.trim())),
        )
        .map<KeyCase>((key) => ({ kind: 'bad', key })),
    },
    { weight: 2, arbitrary: fc.constant<KeyCase>({ kind: 'missing' }) },
  );
}

/** The Authorization header a key case is sent with (several spellings), or none. */
export function authorizationFor(key: KeyCase): fc.Arbitrary<string | undefined> {
  if (key.kind === 'missing') return fc.constantFrom(undefined, '', 'Bearer', 'Bearer ', 'Basic', 'Basic !!!');
  return fc.constantFrom(`Bearer ${key.key}`, `bearer  ${key.key}`, `Basic ${Buffer.from(`${key.key}:`).toString('base64')}`);
}
