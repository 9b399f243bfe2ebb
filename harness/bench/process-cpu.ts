import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks of USER_HZ, 100 per second on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** Milliseconds in a number of clock ticks. */
export const ticksToMs = (ticks: number): number => (ticks * 1000) / TICKS_PER_SECOND;

/**
 * A process's parent and CPU time from a /proc/<pid>/stat line, in clock ticks: its own (user and
 * system), and that of its children it has waited for.
 */
export function parseProcStat(line: string): { ppid: number; ownTicks: number; waitedChildrenTicks: number } | null {
  // The command name is in parentheses and may hold spaces or parentheses: the fields start after the last one.
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
  if (![ppid, utime, stime, cutime, cstime].every(Number.isFinite)) return null;
  return { ppid, ownTicks: utime! + stime!, waitedChildrenTicks: cutime! + cstime! };
}

/**
 * CPU milliseconds used so far by a process and all its descendants, including descendants that
 * have exited and been waited for (their time is in their parent's): e.g. this process with the
 * Chromium it launched and the renderers Chromium started and ended. Null without /proc.
 *
 * @example
 * const before = processTreeCpuMs(process.pid);
 */
export function processTreeCpuMs(root: number, procDir = '/proc'): number | null {
  let names: string[];
  try {
    names = readdirSync(procDir);
  } catch {
    return null;
  }
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`${procDir}/${name}/stat`, 'utf8'));
      if (stat) stats.set(Number(name), { ppid: stat.ppid, ticks: stat.ownTicks + stat.waitedChildrenTicks });
    } catch {
      // The process ended while we looked.
    }
  }
  if (!stats.has(root)) return null;
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let ticks = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    ticks += stats.get(pid)?.ticks ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return ticksToMs(ticks);
}
