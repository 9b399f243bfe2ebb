import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchProjectName, readBatchPlan, runOfProject } from './batch-plan.ts';

const dir = mkdtempSync(join(tmpdir(), 'batch-plan-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('the self-test run plan', () => {
  it('names a run’s projects after it, and finds the run again from a project’s name, slashes and dots included', () => {
    expect(batchProjectName('thimble/no-link', 'chromium')).toBe('thimble/no-link · chromium');
    expect(runOfProject(batchProjectName('thimble/no-link', 'safari-like'))).toBe('thimble/no-link');
    expect(runOfProject('chromium')).toBeUndefined();
  });

  it('reads the runs a self-test wrote', () => {
    const runs = [{ name: 'no-cookie', grep: '@(?:COOKIE-01)(?![0-9A-Za-z-])', env: { LINK_HARNESS_CHECKOUT_PORT: '40111' } }];
    expect(readBatchPlan(file('plan.json', JSON.stringify({ runs })))).toEqual(runs);
  });

  it.each([
    ['missing.json', undefined, /cannot read the run plan .*missing\.json/],
    ['not-json.json', '{ runs: ', /cannot read the run plan .*not-json\.json/],
    ['no-runs.json', '{"plan": []}', /is not \{ runs: \[\{ name, grep, env \}\] \}/],
    ['no-env.json', '{"runs": [{"name": "a", "grep": "@A"}]}', /is not \{ runs/],
  ])('refuses %s, saying which file', (name, text, message) => {
    const path = text === undefined ? join(dir, name) : file(name, text);
    expect(() => readBatchPlan(path)).toThrow(message);
  });
});
