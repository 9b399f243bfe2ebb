import { exitCode, type Command } from './command.ts';
import { browserChecks, checkoutAnswersCheck, checkoutPortCheck, configCheck, emulatorPortCheck, nodeCheck, type DoctorCheck } from './doctor-checks.ts';

const marks = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' } as const;

/** The doctor's answer, a line per check and the fix under each that needs one. */
export function doctorReport(checks: readonly DoctorCheck[]): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  const indent = ' '.repeat(width + 8);
  const lines = checks.flatMap((c) => [
    `${marks[c.status]}  ${c.name.padEnd(width)}  ${c.said}`,
    ...(c.fix ? [`${indent}fix: ${c.fix}`] : []),
    ...(c.details ?? []).map((d) => `${indent}${d}`),
  ]);
  const failed = checks.filter((c) => c.status === 'fail').length;
  return [
    ...lines,
    '',
    failed === 0
      ? 'link-harness doctor: ready to run the suite.'
      : `link-harness doctor: ${failed} thing${failed > 1 ? 's' : ''} to fix before the suite can run.`,
  ].join('\n');
}

const portFrom = (text: string | undefined, fallback: number) => (text && /^\d+$/.test(text) ? Number(text) : fallback);

/** `link-harness doctor`: what this machine and project have for a run, and what to fix. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'Check Node, the browser, the ports, a config file and the emulator, and say what to fix',
  description: [
    'Checks what a conformance run needs, as `npx playwright test` would find it from this directory:',
    'Node, the Chromium each project starts (the full list of places searched when none is found),',
    'ports 12111 and 4242 (LINK_HARNESS_EMULATOR_PORT, LINK_HARNESS_CHECKOUT_PORT): free, a running',
    'emulator or checkout, or taken by something else; link-harness.config.ts (or LINK_HARNESS_CONFIG)',
    'loaded and checked, and the target it makes. Exits 1 when something must be fixed.',
  ].join('\n'),
  options: [{ name: 'checkout', kind: 'value', placeholder: 'url', description: 'The checkout a run would test (CHECKOUT_URL): checks that it answers' }],
  examples: ['npx link-harness doctor', 'npx link-harness doctor --checkout http://localhost:3000'],
  async run(options, io) {
    const env: Record<string, string | undefined> = { ...process.env, ...(typeof options.checkout === 'string' ? { CHECKOUT_URL: options.checkout } : {}) };
    const checks: DoctorCheck[] = [
      nodeCheck(),
      ...browserChecks(),
      await emulatorPortCheck(portFrom(env.LINK_HARNESS_EMULATOR_PORT, 12111)),
      await checkoutPortCheck(portFrom(env.LINK_HARNESS_CHECKOUT_PORT, 4242), env.CHECKOUT_URL?.trim() || undefined),
      ...(env.CHECKOUT_URL?.trim() ? [await checkoutAnswersCheck(env.CHECKOUT_URL.trim())] : []),
      ...(await configCheck(process.cwd(), env)),
    ];
    io.out(doctorReport(checks));
    return checks.some((c) => c.status === 'fail') ? exitCode.failed : exitCode.ok;
  },
};
