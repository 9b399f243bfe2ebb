import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query.ts';
import { apiErrorOf } from '../failures.ts';

describe("Stripe's search query language", () => {
  it('reads clauses with every operator, quotes, hash keys, negation, null and numbers', () => {
    expect(parseSearchQuery(`email:'jenny@example.com' AND -metadata["plan"]:"pro" AND name~"Ros" AND created>=1700000000 AND phone:null`)).toEqual({
      join: 'AND',
      clauses: [
        { negated: false, field: 'email', op: ':', value: 'jenny@example.com' },
        { negated: true, field: 'metadata', key: 'plan', op: ':', value: 'pro' },
        { negated: false, field: 'name', op: '~', value: 'Ros' },
        { negated: false, field: 'created', op: '>=', value: 1700000000 },
        { negated: false, field: 'phone', op: ':', value: null },
      ],
    });
    expect(parseSearchQuery(`name:'O\\'Brien' OR name:'Jenny'`)).toEqual({
      join: 'OR',
      clauses: [
        { negated: false, field: 'name', op: ':', value: "O'Brien" },
        { negated: false, field: 'name', op: ':', value: 'Jenny' },
      ],
    });
  });

  it.each([
    ['an empty query', '   '],
    ['AND mixed with OR', "email:'a@b.c' AND name:'x' OR name:'y'"],
    ['an unquoted string', 'email:jenny@example.com'],
    ['an unterminated string', "email:'jenny"],
    ['a missing operator', "email 'x'"],
    ['a lower-case joiner', "email:'a@b.c' and name:'x'"],
    ['two clauses with no joiner', "email:'a@b.c' name:'x'"],
    ['a hash key without quotes', "metadata[plan]:'pro'"],
    ['eleven clauses', Array.from({ length: 11 }, (_, i) => `created>${i}`).join(' AND ')],
  ])('refuses %s with a 400 naming query', (_, query) => {
    expect(apiErrorOf(() => parseSearchQuery(query))).toMatchObject({ status: 400, body: { type: 'invalid_request_error', param: 'query' } });
  });
});
