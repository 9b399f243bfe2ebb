import type { SelftestRun } from './glossary.ts';

/** A fault as the self-test needs it: its name, the requirement it breaks, and its end-to-end consequences. */
export interface PlannedFault {
  name: string;
  requirement: string;
  /** Requirements that must fail too (faults.ts `alsoBreaks`). */
  alsoBreaks?: readonly string[];
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * The runs of a self-test of one checkout: a clean run over the requirements of every chosen
 * fault, then one run per fault over the requirement it breaks and its consequences (that one
 * first). The clean run comes first: it is the longest, and runs beside the fault runs. Runs of
 * another checkout than the reference are named after it (`thimble/clean`, `thimble/no-link`).
 * `clean: false` leaves the clean run out (a conformance run of the checkout has just passed).
 *
 * @example
 * planSelftest([{ name: 'no-cookie', requirement: 'COOKIE-01', alsoBreaks: ['COOKIE-04'] }])
 * // [{ name: 'clean', checkout: 'reference', fault: null, requirements: ['COOKIE-01', 'COOKIE-04'] },
 * //  { name: 'no-cookie', checkout: 'reference', fault: 'no-cookie', requirements: ['COOKIE-01', 'COOKIE-04'] }]
 */
export function planSelftest(faults: readonly PlannedFault[], checkout = 'reference', { clean = true }: { clean?: boolean } = {}): SelftestRun[] {
  const broken = (f: PlannedFault) => unique([f.requirement, ...(f.alsoBreaks ?? [])]);
  const named = (name: string) => (checkout === 'reference' ? name : `${checkout}/${name}`);
  return [
    ...(clean ? [{ name: named('clean'), checkout, fault: null, requirements: unique(faults.flatMap(broken)) }] : []),
    ...faults.map((f) => ({ name: named(f.name), checkout, fault: f.name, requirements: broken(f) })),
  ];
}

/**
 * The order to start runs in: the longest first (a run takes about as long as the requirements
 * it runs), so that at the end no long run is left alone while the other lanes idle. The order
 * is otherwise kept.
 *
 * @example
 * longestFirst([{ name: 'no-cookie', requirements: ['COOKIE-01'] }, { name: 'clean', requirements: ['COOKIE-01', 'COOKIE-04'] }])
 * // [{ name: 'clean', … }, { name: 'no-cookie', … }]
 */
export function longestFirst<R extends Pick<SelftestRun, 'requirements'>>(runs: readonly R[]): R[] {
  return [...runs].sort((a, b) => b.requirements.length - a.requirements.length);
}

/**
 * The `--grep` of a run: any of its requirement tags, whole (`@OFF-01` does not match `@OFF-010`).
 *
 * @example
 * grepFor(['COOKIE-01', 'OFF-02']) // '@(?:COOKIE-01|OFF-02)(?![0-9A-Za-z-])'
 */
export function grepFor(requirements: readonly string[]): string {
  const ids = requirements.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `@(?:${ids.join('|')})(?![0-9A-Za-z-])`;
}
