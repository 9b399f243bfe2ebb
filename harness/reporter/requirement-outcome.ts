import type { RequirementOutcome, ScenarioResult } from './glossary.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a failure message names a requirement, as a whole ID: `OTP-01` is named by
 * "OTP-01: no login" or "(@OTP-01)", not by "OTP-010" or "XOTP-01".
 *
 * @example
 * namesRequirement('OTP-01: the code was refused', 'OTP-01') // true
 * namesRequirement('OTP-010: …', 'OTP-01') // false
 */
export function namesRequirement(message: string, id: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(id)}(?![A-Za-z0-9_])`).test(message);
}

/** A failed scenario that names several requirements, as the attribution needs it. */
export interface FailedScenario {
  title: string;
  requirements: readonly string[];
  /** Every error message of its last attempt, in order. */
  messages: readonly string[];
  /** Requirements it marked with `requirementChecked()` before it failed. */
  checked: ReadonlySet<string>;
}

/**
 * Which requirements a failed scenario that names several of them failed. A requirement its
 * failure messages name is `failed`; one they do not name but the scenario marked checked is
 * `passed`. When the messages name none of its requirements the failure cannot be attributed,
 * and every requirement not marked checked is `failed`; otherwise one neither named nor checked
 * is `not-run`: the scenario did not reach it.
 *
 * @example
 * attributeFailure({ title: 'EMAIL-02 OTP-01 …', requirements: ['EMAIL-02', 'OTP-01'], messages: ['OTP-01: no login'], checked: new Set(['EMAIL-02']) })
 * // { 'EMAIL-02': { status: 'passed', … }, 'OTP-01': { status: 'failed', reason: null, error: 'OTP-01: no login' } }
 */
export function attributeFailure(scenario: FailedScenario): Record<string, RequirementOutcome> {
  const messages = scenario.messages.length ? scenario.messages : ['failed without an error message'];
  const named = scenario.requirements.filter((id) => messages.some((m) => namesRequirement(m, id)));
  const outcomes: Record<string, RequirementOutcome> = {};
  for (const id of scenario.requirements) {
    const naming = messages.find((m) => namesRequirement(m, id));
    if (naming !== undefined) outcomes[id] = { status: 'failed', reason: null, error: naming };
    else if (scenario.checked.has(id)) outcomes[id] = { status: 'passed', reason: null, error: null };
    else if (named.length === 0) outcomes[id] = { status: 'failed', reason: null, error: messages[0] ?? null };
    else outcomes[id] = { status: 'not-run', reason: `not reached: ${scenario.title} failed first on ${named.join(', ')}`, error: null };
  }
  return outcomes;
}

/**
 * A scenario's outcome for one requirement it names: the only way the fold and the reports read
 * a scenario's status for a requirement.
 *
 * @example
 * outcomeFor(scenario, 'OTP-01').status // 'failed'
 */
export function outcomeFor(scenario: ScenarioResult, id: string): RequirementOutcome {
  return scenario.byRequirement[id] ?? { status: scenario.status, reason: scenario.reason, error: scenario.error };
}
