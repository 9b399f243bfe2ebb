import { describe, expect, it } from 'vitest';
import { requirementsNamedBy } from './requirement-ids.ts';

const catalogue = ['SETUP-01', 'COOKIE-01', 'COOKIE-02', '3DS-01', 'PRIV-01'];

describe('requirementsNamedBy', () => {
  it('reads @ID tags', () => {
    expect(requirementsNamedBy('refuses live keys', ['@PRIV-01', '@slow'], catalogue)).toEqual({ ids: ['PRIV-01'], unknown: [] });
  });

  it('reads IDs at the start of the title, several at once, in catalogue order', () => {
    expect(requirementsNamedBy('COOKIE-02, COOKIE-01 the cookie is set', [], catalogue).ids).toEqual(['COOKIE-01', 'COOKIE-02']);
    expect(requirementsNamedBy('3DS-01/SETUP-01 challenge', [], catalogue).ids).toEqual(['SETUP-01', '3DS-01']);
  });

  it('ignores IDs in the middle of a title', () => {
    expect(requirementsNamedBy('checks that SETUP-01 holds', [], catalogue).ids).toEqual([]);
  });

  it('merges tags and title without duplicates', () => {
    expect(requirementsNamedBy('SETUP-01 customer first', ['@SETUP-01', '@COOKIE-01'], catalogue).ids).toEqual(['SETUP-01', 'COOKIE-01']);
  });

  it('reports IDs the catalogue does not have', () => {
    expect(requirementsNamedBy('SETUP-99 typo', ['@FOO-01'], catalogue)).toEqual({ ids: [], unknown: ['FOO-01', 'SETUP-99'] });
  });
});
