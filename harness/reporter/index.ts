/**
 * The conformance reporter's public surface. Playwright loads the default export as a reporter:
 * `['./harness/reporter/index.ts', { outputDir: 'reports' }]`.
 */
export { default } from './conformance-reporter.ts';
export { default as ConformanceReporter } from './conformance-reporter.ts';
export { describeConformanceRun } from './run-metadata.ts';
export type { RunDescription } from './run-metadata.ts';
export { notApplicable, notApplicableAnnotation } from './not-applicable.ts';
export { notChecked, notCheckedAnnotation } from './not-checked.ts';
export { requirementChecked, requirementCheckedAnnotation } from './requirement-checked.ts';
export { gateOnReport } from './gate.ts';
export { loadExpectations, expectationsSource, defaultExpectationsFile } from './expectations.ts';
export { conformanceSchemaVersion, requirementStatuses, noteKinds } from './glossary.ts';
export type * from './glossary.ts';
