/**
 * Runs `work` over the items with at most `limit` at a time, in order of the items, and resolves
 * with the results in that order. A rejection stops new work from starting and is passed on once
 * the work under way has settled.
 *
 * @example
 * await inPool([1, 2, 3], 2, async (n) => n * 2) // [2, 4, 6]
 */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw failure.error;
  return results;
}
