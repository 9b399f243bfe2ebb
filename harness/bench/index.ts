export { runBenchmark } from './run-bench.ts';
export type { BenchOptions, BenchReport, WorkloadResult } from './run-bench.ts';
export { formatBenchTable, writeBenchReport } from './report.ts';
export { BenchRequestError } from './bench-client.ts';
export { workloads } from './workloads.ts';
export type { Workload } from './workloads.ts';
