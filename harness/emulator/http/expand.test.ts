import { describe, expect, it } from 'vitest';
import { expand } from './expand.ts';

const objects: Record<string, object> = {
  cus_1: { id: 'cus_1', object: 'customer', default: 'pm_1' },
  pm_1: { id: 'pm_1', object: 'payment_method', customer: 'cus_1' },
};
const find = (id: string) => objects[id];

describe('expand', () => {
  it('replaces ids along dot paths, in lists too', () => {
    const si = { id: 'seti_1', payment_method: 'pm_1', customer: null, status: 'succeeded' };
    expect(expand(si, ['payment_method.customer'], find)).toEqual({
      ...si,
      payment_method: { id: 'pm_1', object: 'payment_method', customer: objects.cus_1 },
    });
    const list = { object: 'list', data: [{ customer: 'cus_1' }, { customer: null }] };
    expect(expand(list, ['data.customer'], find).data).toEqual([{ customer: objects.cus_1 }, { customer: null }]);
  });

  it('does not change the stored object', () => {
    const si = { payment_method: 'pm_1' };
    expand(si, ['payment_method'], find);
    expect(si.payment_method).toBe('pm_1');
  });

  it('refuses fields that are missing, not ids, or too deep', () => {
    const si = { payment_method: 'pm_1', status: 'succeeded', amount: 5 };
    for (const path of ['nope', 'status', 'amount', 'a.b.c.d.e', '__proto__', 'toString.x', 'payment_method.constructor']) {
      expect(() => expand(si, [path], find)).toThrowError(
        expect.objectContaining({ status: 400, body: expect.objectContaining({ param: 'expand' }) }) as Error,
      );
    }
  });
});
