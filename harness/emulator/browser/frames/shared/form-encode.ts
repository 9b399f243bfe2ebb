/** A value a form body can carry: scalars, nested objects and lists. */
export type FormValue = string | number | boolean | null | undefined | FormValue[] | { [key: string]: FormValue };

/**
 * Encodes parameters the way Stripe's API reads them: `a[b][c]=v`, lists as `a[0]=x`. Undefined
 * and null values are left out, so optional fields can be written inline.
 *
 * @example
 * formEncode({ payment_method_data: { type: 'card', card: { number: '4242' } } })
 * // 'payment_method_data%5Btype%5D=card&payment_method_data%5Bcard%5D%5Bnumber%5D=4242'
 */
export function formEncode(params: Record<string, FormValue>): string {
  const pairs: string[] = [];
  const walk = (key: string, value: FormValue): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) return value.forEach((item, i) => walk(`${key}[${i}]`, item));
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(`${key}[${k}]`, v);
      return;
    }
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const [k, v] of Object.entries(params)) walk(k, v);
  return pairs.join('&');
}
