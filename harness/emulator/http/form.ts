import qs from 'qs';

/**
 * Decodes a form-encoded body or query string with Stripe's bracket notation
 * (`a[b]=1`, `list[]=x`, `list[0][k]=v`) into nested objects and arrays.
 *
 * @example
 * decodeForm('payment_method_types[0]=link&metadata[a]=1')
 * // { payment_method_types: ['link'], metadata: { a: '1' } }
 */
export function decodeForm(text: string): Record<string, unknown> {
  return qs.parse(text, {
    depth: 8,
    arrayLimit: 100,
    parameterLimit: 2000,
    allowPrototypes: false,
    plainObjects: true,
    strictNullHandling: false,
  }) as Record<string, unknown>;
}
