import { describe, expect, it } from 'vitest';
import type { SelftestRun } from './glossary.ts';
import { plannedTargets, runTarget } from './run-targets.ts';

const base = { PATH: '/usr/bin', LINK_HARNESS_EMULATOR_PORT: '39000' };
const reference = { LINK_HARNESS_CHECKOUT_PORT: '40111', LINK_HARNESS_FAULTS: 'no-cookie' };
const thimble = { CHECKOUT_URL: 'http://localhost:40222', LINK_HARNESS_CONFIG: '/shop/link-harness.config.ts' };

describe("the self-test's targets", () => {
  it('points the reference checkout by its port, and another checkout by CHECKOUT_URL and its config', () => {
    expect(runTarget(reference, base)).toEqual({
      baseURL: 'http://localhost:40111',
      env: {
        LINK_HARNESS_CHECKOUT_PORT: '40111',
        LINK_HARNESS_FAULTS: 'no-cookie',
        CHARGE_URL: 'http://localhost:40111/charge-later',
        LINK_HARNESS_REFERENCE_CHECKOUT_URL: 'http://localhost:40111',
        LINK_HARNESS_EMULATOR_URL: 'http://127.0.0.1:39000',
      },
    });
    const shop = runTarget(thimble, base);
    expect(shop).toMatchObject({ baseURL: 'http://localhost:40222', env: thimble });
    expect(shop.env).not.toHaveProperty('CHARGE_URL');
  });

  it('adds only what differs from the environment it starts from, and leaves that environment alone', () => {
    const env = { ...base };
    const { env: added } = runTarget(reference, env);
    expect(added).not.toHaveProperty('PATH');
    expect(added).not.toHaveProperty('LINK_HARNESS_EMULATOR_PORT');
    expect(env).toEqual(base);
  });

  it("plans each run with its requirements' grep, its checkout, and failures expected of a fault run only", () => {
    const runs: SelftestRun[] = [
      { name: 'clean', checkout: 'reference', fault: null, requirements: ['COOKIE-01', 'SETUP-02'] },
      { name: 'no-cookie', checkout: 'reference', fault: 'no-cookie', requirements: ['COOKIE-01'] },
      { name: 'thimble/no-link', checkout: 'thimble', fault: 'no-link', requirements: ['SETUP-02'] },
    ];
    const envOf = (run: SelftestRun) => (run.checkout === 'thimble' ? thimble : { LINK_HARNESS_CHECKOUT_PORT: run.fault ? '40111' : '40110' });
    const targets = plannedTargets(runs, envOf, base);
    expect(targets.map((t) => [t.name, t.baseURL, t.expectFailures])).toEqual([
      ['clean', 'http://localhost:40110', false],
      ['no-cookie', 'http://localhost:40111', true],
      ['thimble/no-link', 'http://localhost:40222', true],
    ]);
    expect(new RegExp(targets[1]!.grep).test('COOKIE-01 after the confirm attempt @COOKIE-01')).toBe(true);
    expect(new RegExp(targets[1]!.grep).test('SETUP-02 the SetupIntent @SETUP-02')).toBe(false);
    expect(targets[2]!.env).toEqual({ ...thimble, LINK_HARNESS_EMULATOR_URL: 'http://127.0.0.1:39000' });
  });
});
