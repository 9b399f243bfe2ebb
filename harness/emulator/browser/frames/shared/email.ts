/** A loose check, as a form makes it: something, one `@`, a domain with a dot. */
export const isEmail = (email: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());

/** Link keys accounts by email regardless of case and surrounding spaces. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export const sameEmail = (a: string | null | undefined, b: string | null | undefined): boolean =>
  typeof a === 'string' && typeof b === 'string' && normalizeEmail(a) === normalizeEmail(b);
