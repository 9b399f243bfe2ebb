import fc from 'fast-check';
import type { Endpoint } from '../http/endpoint.ts';
import type { ParamSpec } from '../http/params.ts';
import { specParams } from '../http/spec-params.ts';
import type { IdPool } from './id-pool.ts';
import { anyText, sometimes, valueText, type FuzzText } from './values.ts';

/** One `name=value` pair; `raw` pairs are sent as generated, unescaped. */
export type FormPair = { name: string; value: FuzzText; raw: boolean };

interface Declared {
  name: string;
  spec: ParamSpec;
}

/** Every parameter name an endpoint declares, in bracket form (`card[number]`, `payment_method_types[0]`). */
export function declaredParams(spec: ParamSpec, prefix = '', depth = 0): Declared[] {
  if (depth > 4) return [];
  switch (spec.kind) {
    case 'object':
      return Object.entries(spec.fields).flatMap(([k, child]) => declaredParams(child, prefix ? `${prefix}[${k}]` : k, depth + 1));
    case 'array':
      return [...declaredParams(spec.of, `${prefix}[0]`, depth + 1), ...declaredParams(spec.of, `${prefix}[]`, depth + 1)];
    case 'emptyable':
      return [{ name: prefix, spec: { kind: 'string', enum: [''] } }, ...declaredParams(spec.of, prefix, depth)];
    case 'metadata':
      return [
        { name: `${prefix}[order]`, spec: { kind: 'string' } },
        { name: prefix, spec: { kind: 'string', enum: [''] } },
      ];
    default:
      return [{ name: prefix, spec }];
  }
}

/** Values a well-meaning integration would send, so aimed requests get past validation. */
const plausibleText = fc.constantFrom(
  'card',
  'link',
  'usd',
  'eur',
  'off_session',
  'on_session',
  'automatic',
  'manual',
  '4242424242424242',
  '4000002760003184',
  '4000000000003220',
  '4000000000000002',
  '4000000000009995',
  '4242424242424241',
  'pm_card_visa',
  'pm_card_authenticationRequired',
  'pm_card_chargeCustomerFail',
  'pm_card_visa_chargeDeclined',
  'tok_visa',
  'jenny@example.com',
  'shopper+multiple_funding_sources@example.com',
  'https://example.com/return',
  '123456',
  '000001',
  '000003',
  'US',
  '12',
  '2031',
);

/**
 * A value for a declared parameter. `aimed`: mostly what the parameter expects (its enum, real
 * ids, test cards, small integers); otherwise often junk of the wrong type or size.
 */
function valueFor(d: Declared, ids: IdPool, aimed: boolean): fc.Arbitrary<FuzzText> {
  const junk = aimed ? 1 : 6;
  switch (d.spec.kind) {
    case 'string':
      return fc.oneof(
        { weight: junk, arbitrary: valueText },
        { weight: 4, arbitrary: ids.for(d.name) },
        { weight: 3, arbitrary: plausibleText },
        ...(d.spec.enum?.length ? [{ weight: 8, arbitrary: fc.constantFrom(...d.spec.enum) }] : []),
      );
    case 'integer':
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }).map(String) },
        { weight: 2, arbitrary: fc.integer({ min: -2, max: 2100 }).map(String) },
        { weight: junk, arbitrary: valueText },
      );
    case 'boolean':
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom('true', 'false') }, { weight: junk, arbitrary: valueText });
    default:
      return valueText;
  }
}

export const expandPath = fc.oneof(
  fc.constantFrom(
    'customer',
    'payment_method',
    'latest_attempt',
    'latest_charge',
    'data.customer',
    'data.payment_method',
    'invoice_settings.default_payment_method',
    'payment_method.customer',
    'latest_attempt.payment_method',
    'a.b.c.d.e',
    '',
    '.',
    '__proto__',
    'constructor',
    'toString.x',
    'metadata.order',
  ),
  fc.array(fc.stringMatching(/^[a-z_]{0,12}$/), { minLength: 1, maxLength: 6 }).map((s) => s.join('.')),
);

const expandPair = fc.record({ name: fc.constantFrom('expand[]', 'expand[0]', 'expand[1]', 'expand'), value: expandPath });

/** A bracketed name no endpoint declares: deep, broken or hostile. */
const strangeName = fc
  .oneof(
    anyText,
    fc
      .array(fc.oneof(fc.stringMatching(/^[a-z_]{0,8}$/), fc.nat(100_000).map(String)), { minLength: 1, maxLength: 14 })
      .map(([head, ...rest]) => `${head}${rest.map((r) => `[${r}]`).join('')}`),
    fc.constantFrom(
      'a[',
      'a]',
      '[]',
      '[a]',
      'a[][]',
      'a[0][0][0][0][0][0][0][0][0][0]',
      '__proto__[x]',
      'constructor[prototype][x]',
      'metadata[__proto__]',
      'expand[1000]',
      'card[number][0]',
    ),
  )
  // `key` is the publishable key's own parameter; the fuzzer sends it on purpose only (bodyKey).
  .filter((name) => name.trim() !== 'key');

const strangePair = fc.record({ name: strangeName, value: valueText });

/** Any pair of the given kinds, each sent escaped or, now and then, raw. */
const withRaw = (pair: fc.Arbitrary<Omit<FormPair, 'raw'>>, maxLength: number) =>
  fc.array(
    fc.tuple(pair, fc.nat(3)).map(([p, r]) => ({ ...p, raw: r === 0 && typeof p.value === 'string' })),
    { maxLength },
  );

const pairOf = (d: Declared, ids: IdPool, aimed: boolean) => valueFor(d, ids, aimed).map((value) => ({ name: d.name, value }));
const unique = (ds: Declared[]) => [...new Map(ds.map((d) => [d.name, d])).values()];

/** Pairs from any endpoint's parameters, expansions and strange names, in any mix. */
export function anyFormPairs(endpoints: readonly Endpoint[], ids: IdPool): fc.Arbitrary<FormPair[]> {
  const declared = unique(endpoints.flatMap((e) => declaredParams(e.params)));
  const knownPair = fc.oneof(...declared.map((d) => pairOf(d, ids, false)));
  return withRaw(fc.oneof({ weight: 8, arbitrary: knownPair }, { weight: 2, arbitrary: expandPair }, { weight: 2, arbitrary: strangePair }), 12);
}

/**
 * Pairs an integration might really send to one endpoint: its required parameters and a subset
 * of the rest, with plausible values, and now and then one expansion or one strange pair.
 */
export function aimedFormPairs(endpoint: Endpoint, ids: IdPool): fc.Arbitrary<FormPair[]> {
  const declared = unique(declaredParams(endpoint.params));
  const required = declared.filter((d) => endpoint.params.required?.includes(d.name));
  const optional = declared.filter((d) => !required.includes(d));
  type Pair = Omit<FormPair, 'raw'>;
  const all = (arbs: fc.Arbitrary<Pair>[]): fc.Arbitrary<Pair[]> => (arbs.length ? (fc.tuple(...arbs) as fc.Arbitrary<Pair[]>) : fc.constant([]));
  // Parameters Stripe lists that the endpoint does not implement: accepted and ignored, whatever their value.
  const ignored = (specParams[`${endpoint.method.toUpperCase()} ${endpoint.path}`] ?? []).filter(
    (name) => name !== 'expand' && !Object.hasOwn(endpoint.params.fields, name),
  );
  const ignoredPair = ignored.length
    ? [fc.record({ name: fc.constantFrom(...ignored).chain((n) => fc.constantFrom(n, `${n}[x]`, `${n}[0][y]`)), value: valueText })]
    : [];
  const someOptional = optional.length
    ? fc.array(fc.oneof(...optional.map((d) => pairOf(d, ids, true))), { maxLength: 3 }).map((ps) => [...new Map(ps.map((p) => [p.name, p])).values()])
    : fc.constant([]);
  return fc
    .tuple(all(required.map((d) => pairOf(d, ids, true))), someOptional, sometimes(fc.oneof(expandPair, strangePair, ...ignoredPair), 4))
    .map(([req, opt, extra]) => [...req, ...opt, ...(extra ? [extra] : [])].map((p) => ({ ...p, raw: false })));
}
