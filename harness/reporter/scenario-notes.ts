import { noteKinds, type NoteKind, type RequirementNote, type ScenarioNote, type ScenarioResult } from './glossary.ts';

/** `COOKIE-02: Secure not checked: …`: the ID a note is about, then what it says. */
const aboutRequirement = /^([A-Z0-9]+-\d{2}):\s*([\s\S]*)$/;

const isNoteKind = (type: string): type is NoteKind => (noteKinds as readonly string[]).includes(type);

/**
 * The notes of a scenario, from its `not-checked` and `note` annotations: each says which of the
 * scenario's requirements it is about (the `ID:` its description starts with), or null when it
 * names none of them. Empty descriptions say nothing and are left out.
 *
 * @example
 * scenarioNotes([{ type: 'not-checked', description: 'COOKIE-02: Secure not checked: http target' }], ['COOKIE-01', 'COOKIE-02'])
 * // [{ kind: 'not-checked', requirement: 'COOKIE-02', text: 'Secure not checked: http target' }]
 */
export function scenarioNotes(annotations: readonly { type: string; description?: string }[], requirements: readonly string[]): ScenarioNote[] {
  const notes: ScenarioNote[] = [];
  for (const { type, description } of annotations) {
    const text = description?.trim() ?? '';
    if (!isNoteKind(type) || text === '') continue;
    const [, id, rest] = aboutRequirement.exec(text) ?? [];
    const named = id !== undefined && requirements.includes(id);
    notes.push({ kind: type, requirement: named ? id : null, text: named ? (rest ?? '').trim() || text : text });
  }
  return notes;
}

/**
 * The notes a requirement shows: from each of its scenarios, the notes about it and the ones
 * about none of the scenario's requirements, each once (the same scenario in several projects
 * says the same thing).
 *
 * @example
 * requirementNotes(report.requirements[0].scenarios, 'COOKIE-02')
 * // [{ kind: 'not-checked', scenario: 'COOKIE-01 COOKIE-02 the cookie …', text: 'Secure not checked: http target' }]
 */
export function requirementNotes(scenarios: readonly ScenarioResult[], id: string): RequirementNote[] {
  const seen = new Set<string>();
  const notes: RequirementNote[] = [];
  for (const scenario of scenarios) {
    for (const note of scenario.notes) {
      if (note.requirement !== null && note.requirement !== id) continue;
      const key = `${note.kind}\u0000${scenario.title}\u0000${note.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push({ kind: note.kind, scenario: scenario.title, text: note.text });
    }
  }
  return notes;
}
