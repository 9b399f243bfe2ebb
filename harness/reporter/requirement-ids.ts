/** The shape of a requirement ID: an area and two digits (`SETUP-01`, `3DS-02`). */
const idPattern = /^[A-Z0-9]+-\d{2}$/;
/** IDs at the start of a title, separated by spaces, commas, slashes or plus signs: `COOKIE-01, COOKIE-02 …`. */
const leadingIds = /^(?:[A-Z0-9]+-\d{2}(?:[\s,/+]+|$))+/;

/** What a test says it checks. */
export interface NamedRequirements {
  /** Catalogue IDs, in catalogue order, without duplicates. */
  ids: string[];
  /** IDs in the title or tags that the catalogue does not know: a typo, or a stale scenario. */
  unknown: string[];
}

/**
 * The requirements a test names: its `@ID` tags, and the IDs its title starts with, as the
 * scenarios are written (`test('SAFE-01 refuses live keys', { tag: '@SAFE-01' }, …)`).
 *
 * @example
 * requirementsNamedBy('SAFE-01 live keys are refused', ['@SAFE-01'], ['SAFE-01', 'PRIV-01'])
 * // { ids: ['SAFE-01'], unknown: [] }
 */
export function requirementsNamedBy(title: string, tags: readonly string[], catalogueIds: readonly string[]): NamedRequirements {
  const named = new Set<string>();
  for (const tag of tags) {
    const id = tag.replace(/^@/, '');
    if (idPattern.test(id)) named.add(id);
  }
  const prefix = leadingIds.exec(title.trim())?.[0] ?? '';
  for (const id of prefix.split(/[\s,/+]+/)) if (idPattern.test(id)) named.add(id);
  return {
    ids: catalogueIds.filter((id) => named.has(id)),
    unknown: [...named].filter((id) => !catalogueIds.includes(id)).sort(),
  };
}
