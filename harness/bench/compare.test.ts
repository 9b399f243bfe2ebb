import { describe, expect, it } from 'vitest';
import { formatComparison, runComparison } from './compare.ts';
import { customerRetrieve, setupIntentCreateAndConfirm } from './workloads.ts';

describe('runComparison', () => {
  it('measures the emulator and stripe-stateful-mock side by side, the peer only where it serves the endpoint', async () => {
    const report = await runComparison({
      seconds: 1,
      concurrency: 2,
      warmup: 10,
      workloads: [
        { workload: customerRetrieve, peerServes: true },
        { workload: setupIntentCreateAndConfirm, peerServes: false },
      ],
    });
    const [retrieve, setup] = report.workloads;
    expect(retrieve!.ours.requestsPerSecond).toBeGreaterThan(0);
    expect(retrieve!.peer!.requestsPerSecond).toBeGreaterThan(0);
    expect(retrieve!.ratio).toBeCloseTo(retrieve!.ours.requestsPerSecond / retrieve!.peer!.requestsPerSecond, 2);
    expect(setup!.peer).toBeNull();
    const table = formatComparison(report);
    expect(table).toMatch(/customer retrieve\s+\d+\s+\d+\s+\d+\.\d\d×/);
    expect(table).toMatch(/SetupIntent create\+confirm.*n\/a \(no endpoint\)/);
  }, 60_000);
});
