import { describe, expect, it } from 'vitest';
import { batchProjects, runTarget } from './batch-projects.ts';
import { grepFor } from './plan.ts';

const base = { PATH: '/usr/bin', LINK_HARNESS_EMULATOR_PORT: '39000' };
const reference = {
  name: 'no-cookie',
  grep: grepFor(['COOKIE-01', 'COOKIE-04']),
  env: { LINK_HARNESS_CHECKOUT_PORT: '40111', LINK_HARNESS_FAULTS: 'no-cookie' },
};
const thimble = {
  name: 'thimble/no-link',
  grep: grepFor(['SETUP-02']),
  env: { CHECKOUT_URL: 'http://localhost:40222', LINK_HARNESS_CONFIG: '/shop/link-harness.config.ts' },
};

/** Which of the projects would run a test of this title and these tags (Playwright matches grep against both, joined by spaces). */
const projectsRunning = (title: string, tags: string[]) =>
  batchProjects([reference, thimble], base)
    .filter((p) => {
      const text = [title, ...tags].join(' ');
      const greps = [p.grep ?? /.*/].flat();
      const inverts = p.grepInvert ? [p.grepInvert].flat() : [];
      return greps.some((g) => g.test(text)) && !inverts.some((g) => g.test(text));
    })
    .map((p) => p.name);

describe('the self-test projects', () => {
  it('repeats the conformance projects for each run, named after it', () => {
    expect(batchProjects([reference, thimble], base).map((p) => p.name)).toEqual([
      'no-cookie · chrome-like',
      'no-cookie · safari-like',
      'no-cookie · chromium',
      'thimble/no-link · chrome-like',
      'thimble/no-link · safari-like',
      'thimble/no-link · chromium',
    ]);
  });

  it("runs a scenario in a run's project only when it is one of the run's requirements and of the project's browser model", () => {
    expect(projectsRunning('COOKIE-04 Safari-like browser: a returning shopper…', ['@COOKIE-04', '@safari-like'])).toEqual(['no-cookie · safari-like']);
    expect(projectsRunning('COOKIE-01 after the confirm attempt…', ['@COOKIE-01'])).toEqual(['no-cookie · chromium']);
    expect(projectsRunning('SETUP-02 the SetupIntent is created…', ['@SETUP-02'])).toEqual(['thimble/no-link · chromium']);
    expect(projectsRunning('COOKIE-05 Chrome-like browser…', ['@COOKIE-05', '@chrome-like'])).toEqual([]);
    expect(projectsRunning('COOKIE-010 a later requirement', ['@COOKIE-010'])).toEqual([]);
  });

  it("points each run's projects at its checkout: the reference checkout by its port, another by CHECKOUT_URL and its config", () => {
    const [ref, , , shop] = batchProjects([reference, thimble], base);
    expect(ref!.use).toMatchObject({
      baseURL: 'http://localhost:40111',
      targetEnv: {
        LINK_HARNESS_CHECKOUT_PORT: '40111',
        LINK_HARNESS_FAULTS: 'no-cookie',
        CHARGE_URL: 'http://localhost:40111/charge-later',
        LINK_HARNESS_REFERENCE_CHECKOUT_URL: 'http://localhost:40111',
        LINK_HARNESS_EMULATOR_URL: 'http://127.0.0.1:39000',
      },
    });
    expect(shop!.use).toMatchObject({
      baseURL: 'http://localhost:40222',
      targetEnv: { CHECKOUT_URL: 'http://localhost:40222', LINK_HARNESS_CONFIG: '/shop/link-harness.config.ts' },
    });
    expect(shop!.use!.targetEnv).not.toHaveProperty('CHARGE_URL');
  });

  it('adds only what differs from the environment it starts from, and leaves that environment alone', () => {
    const env = { ...base };
    const { targetEnv } = runTarget(reference, env);
    expect(targetEnv).not.toHaveProperty('PATH');
    expect(targetEnv).not.toHaveProperty('LINK_HARNESS_EMULATOR_PORT');
    expect(env).toEqual(base);
  });
});
