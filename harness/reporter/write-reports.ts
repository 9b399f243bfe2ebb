import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceReport, ReportError } from './glossary.ts';
import { conformanceHtml } from './write-html.ts';
import { conformanceJunit } from './write-junit.ts';
import { conformanceMarkdown } from './write-markdown.ts';

/** The report files, by name, and what renders each. */
export const reportFiles = {
  'conformance.json': (report: ConformanceReport) => `${JSON.stringify(report, null, 2)}\n`,
  'conformance.md': conformanceMarkdown,
  'conformance.html': conformanceHtml,
  'junit.xml': conformanceJunit,
} as const;

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Writes the four report files into `dir`, each on its own: one that fails to render or write
 * does not stop the others, and comes back as an error. Each file is written beside its final
 * name and renamed, so a reader never sees half a report.
 *
 * @example
 * const { written, errors } = writeReports(report, 'reports');
 */
export function writeReports(report: ConformanceReport, dir: string): { written: string[]; errors: ReportError[] } {
  const written: string[] = [];
  const errors: ReportError[] = [];
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    return { written, errors: [{ source: 'reporter', message: `link-harness reporter: cannot create ${dir}: ${describe(err)}` }] };
  }
  for (const [name, render] of Object.entries(reportFiles)) {
    const path = join(dir, name);
    try {
      const partial = `${path}.${process.pid}.tmp`;
      writeFileSync(partial, render(report));
      renameSync(partial, path);
      written.push(path);
    } catch (err) {
      errors.push({ source: 'reporter', message: `link-harness reporter: could not write ${path}: ${describe(err)}` });
    }
  }
  return { written, errors };
}
