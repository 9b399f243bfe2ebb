/** The account part of `sk_test_<x>`, `pk_test_<x>` or a bare `<x>`; undefined for live or malformed keys. */
export function accountKeyOf(key: string | undefined): string | undefined {
  if (!key || /_live_/.test(key)) return undefined;
  const m = /^(?:sk_test_|pk_test_)?([A-Za-z0-9_]{1,200})$/.exec(key);
  return m?.[1];
}
