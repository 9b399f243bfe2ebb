import { describe, expect, it } from 'vitest';
import { emailMessages, emailProblem } from './email-field.ts';

describe('emailProblem', () => {
  it('reports an empty email as incomplete and a malformed one as invalid', () => {
    expect(emailProblem('  ')).toEqual({ code: 'incomplete_email', message: emailMessages.incomplete });
    expect(emailProblem('jenny@example')).toEqual({ code: 'invalid_email', message: emailMessages.invalid });
    expect(emailProblem('jenny@example.com')).toBeNull();
  });
});
