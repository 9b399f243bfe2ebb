import { describe, expect, it } from 'vitest';
import { RouteTable } from './route-table.ts';

describe('RouteTable', () => {
  const table = new RouteTable<string>();
  table.add('get', '/v1/customers/search', 'search');
  table.add('get', '/v1/customers/:id', 'retrieve');
  table.add('post', '/v1/customers/:id', 'update');
  table.add('get', '/v1/customers/:customer/payment_methods/:payment_method', 'customer payment method');

  it('finds the route of the method, with its parameters', () => {
    expect(table.find('GET', '/v1/customers/cus_123')).toEqual({ value: 'retrieve', params: { id: 'cus_123' } });
    expect(table.find('POST', '/v1/customers/cus_123')).toEqual({ value: 'update', params: { id: 'cus_123' } });
    expect(table.find('GET', '/v1/customers/cus_1/payment_methods/pm_2')).toEqual({
      value: 'customer payment method',
      params: { customer: 'cus_1', payment_method: 'pm_2' },
    });
  });

  it('lets the first route registered win, as Express does', () => {
    expect(table.find('GET', '/v1/customers/search')?.value).toBe('search');
  });

  it('answers HEAD with the GET route, allows a trailing slash and ignores the case of literals', () => {
    expect(table.find('HEAD', '/v1/customers/cus_1')?.value).toBe('retrieve');
    expect(table.find('GET', '/v1/customers/cus_1/')?.params).toEqual({ id: 'cus_1' });
    expect(table.find('GET', '/V1/Customers/cus_1')?.params).toEqual({ id: 'cus_1' });
  });

  it('decodes parameters, and throws a URIError for a bad escape', () => {
    expect(table.find('GET', '/v1/customers/a%2Fb')?.params).toEqual({ id: 'a/b' });
    expect(() => table.find('GET', '/v1/customers/%E0%A4%A')).toThrow(URIError);
  });

  it('finds nothing for another method, another shape or an empty segment', () => {
    expect(table.find('DELETE', '/v1/customers/cus_1')).toBeUndefined();
    expect(table.find('GET', '/v1/customers/cus_1/sources')).toBeUndefined();
    expect(table.find('GET', '/v1/invoices/in_1')).toBeUndefined();
    expect(table.find('GET', '/v1/customers//payment_methods/pm_2')).toBeUndefined();
  });
});
