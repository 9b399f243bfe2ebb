import { describe, expect, it } from 'vitest';
import { paginate } from './list.ts';

const items = Array.from({ length: 25 }, (_, i) => ({ id: `cus_${i}` }));

describe('paginate', () => {
  it('lists newest first, ten by default', () => {
    const page = paginate('/v1/customers', items, {});
    expect(page).toMatchObject({ object: 'list', url: '/v1/customers', has_more: true });
    expect(page.data.map((c) => c.id)).toEqual(
      items
        .slice(15)
        .reverse()
        .map((c) => c.id),
    );
  });

  it('walks forward with starting_after and back with ending_before', () => {
    const second = paginate('/v1/customers', items, { limit: 10, starting_after: 'cus_15' });
    expect(second.data[0]?.id).toBe('cus_14');
    const last = paginate('/v1/customers', items, { limit: 10, starting_after: 'cus_5' });
    expect(last.data.map((c) => c.id)).toEqual(['cus_4', 'cus_3', 'cus_2', 'cus_1', 'cus_0']);
    expect(last.has_more).toBe(false);
    const back = paginate('/v1/customers', items, { limit: 3, ending_before: 'cus_20' });
    expect(back.data.map((c) => c.id)).toEqual(['cus_23', 'cus_22', 'cus_21']);
    expect(back.has_more).toBe(true);
  });

  it('rejects a limit out of range, both cursors, and an unknown cursor', () => {
    expect(() => paginate('/x', items, { limit: 0 })).toThrowError(expect.objectContaining({ body: expect.objectContaining({ param: 'limit' }) }) as Error);
    expect(() => paginate('/x', items, { limit: 101 })).toThrow();
    expect(() => paginate('/x', items, { starting_after: 'cus_1', ending_before: 'cus_2' })).toThrow();
    expect(() => paginate('/x', items, { starting_after: 'cus_nope' })).toThrowError(expect.objectContaining({ status: 404 }) as Error);
  });
});
