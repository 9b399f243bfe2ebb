import { describe, expect, it } from 'vitest';
import { scenarioNotes } from './scenario-notes.ts';

describe('scenarioNotes', () => {
  const requirements = ['COOKIE-01', 'COOKIE-02'];

  it('reads not-checked and note annotations, with the requirement their description starts with', () => {
    expect(
      scenarioNotes(
        [
          { type: 'not-checked', description: 'COOKIE-02: Secure not checked: http://localhost:3000 is served over http' },
          { type: 'note', description: "the privacy page does not link Stripe's privacy policy" },
          { type: 'skip', description: 'COOKIE-01: not a note' },
        ],
        requirements,
      ),
    ).toEqual([
      { kind: 'not-checked', requirement: 'COOKIE-02', text: 'Secure not checked: http://localhost:3000 is served over http' },
      { kind: 'note', requirement: null, text: "the privacy page does not link Stripe's privacy policy" },
    ]);
  });

  it('keeps the prefix of an ID the scenario does not name, and drops empty notes', () => {
    expect(
      scenarioNotes([{ type: 'note', description: 'OFF-02: elsewhere' }, { type: 'note' }, { type: 'not-checked', description: ' ' }], requirements),
    ).toEqual([{ kind: 'note', requirement: null, text: 'OFF-02: elsewhere' }]);
  });
});
