/** Link accounts are keyed by email without regard to case or surrounding spaces. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** A loose check, as a form would make: something, one `@`, a domain with a dot. */
export const isEmail = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());

/**
 * Stripe's test-mode convention `{anything}+multiple_funding_sources@{any domain}`: such an
 * account offers several funding sources.
 */
export const wantsMultipleFundingSources = (email: string) => /^[^\s@]*\+multiple_funding_sources@[^\s@]+$/i.test(email.trim());
