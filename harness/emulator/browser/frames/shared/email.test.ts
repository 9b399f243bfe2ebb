import { describe, expect, it } from 'vitest';
import { isEmail, sameEmail } from './email.ts';

describe('email helpers', () => {
  it('accepts what looks like an address and refuses the rest', () => {
    expect(isEmail('jenny+multiple_funding_sources@example.com')).toBe(true);
    expect(isEmail(' jenny@example.com ')).toBe(true);
    expect(isEmail('jenny@example')).toBe(false);
    expect(isEmail('jenny@')).toBe(false);
    expect(isEmail('')).toBe(false);
  });

  it('compares addresses as Link does, ignoring case and spaces', () => {
    expect(sameEmail('Jenny@Example.com ', 'jenny@example.com')).toBe(true);
    expect(sameEmail('a@example.com', 'b@example.com')).toBe(false);
    expect(sameEmail(null, 'b@example.com')).toBe(false);
  });
});
