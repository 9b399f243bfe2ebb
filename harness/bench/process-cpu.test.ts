import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcStat, processTreeCpuMs } from './process-cpu.ts';

/** A /proc/<pid>/stat line: pid, (comm), state, ppid, then fields up to cutime and cstime. */
const statLine = (pid: number, comm: string, ppid: number, [utime, stime, cutime, cstime]: number[]) =>
  `${pid} (${comm}) S ${ppid} 1 1 0 -1 4194560 100 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 1 0 100 1000 10`;

describe('parseProcStat', () => {
  it("reads the parent and the CPU ticks (own and waited-for children's), whatever the command name holds", () => {
    expect(parseProcStat(statLine(42, 'chromium', 7, [10, 5, 3, 2]))).toEqual({ ppid: 7, ownTicks: 15, waitedChildrenTicks: 5 });
    expect(parseProcStat(statLine(43, 'a (b) c) d', 42, [1, 1, 0, 0]))).toEqual({ ppid: 42, ownTicks: 2, waitedChildrenTicks: 0 });
    expect(parseProcStat('garbage')).toBeNull();
  });
});

describe('processTreeCpuMs', () => {
  it('adds up a process and its descendants, not its siblings, in milliseconds', () => {
    const proc = mkdtempSync(join(tmpdir(), 'proc-'));
    const write = (pid: number, comm: string, ppid: number, ticks: number[]) => {
      mkdirSync(join(proc, String(pid)));
      writeFileSync(join(proc, String(pid), 'stat'), statLine(pid, comm, ppid, ticks));
    };
    write(10, 'node', 1, [100, 20, 5, 0]); // 125
    write(11, 'chromium', 10, [50, 10, 30, 0]); // 90: its zygote's exited renderers included
    write(12, 'renderer', 11, [7, 3, 0, 0]); // 10
    write(13, 'sibling', 1, [999, 0, 0, 0]);
    mkdirSync(join(proc, 'self'));
    expect(processTreeCpuMs(10, proc)).toBe(2250);
    expect(processTreeCpuMs(11, proc)).toBe(1000);
    expect(processTreeCpuMs(99, proc)).toBeNull();
    expect(processTreeCpuMs(10, join(proc, 'missing'))).toBeNull();
  });

  it.runIf(process.platform === 'linux')('counts the CPU of a child that has ended, once waited for', () => {
    const before = processTreeCpuMs(process.pid)!;
    const burn = spawnSync(process.execPath, ['-e', 'const end = process.cpuUsage().user + 300000; while (process.cpuUsage().user < end);']);
    expect(burn.status).toBe(0);
    expect(processTreeCpuMs(process.pid)! - before).toBeGreaterThanOrEqual(250);
  });
});
