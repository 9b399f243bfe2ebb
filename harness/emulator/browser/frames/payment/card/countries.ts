/** The billing countries the card form offers, and which of them ask for a postal code. */

export const countries: readonly { code: string; name: string }[] = [
  { code: 'US', name: 'United States' },
  { code: 'CA', name: 'Canada' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'AU', name: 'Australia' },
  { code: 'DE', name: 'Germany' },
  { code: 'FR', name: 'France' },
  { code: 'IE', name: 'Ireland' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'JP', name: 'Japan' },
];

/** The countries whose card billing asks for a postal code (as Stripe's card form does for these). */
const withPostalCode = ['US', 'GB', 'CA'];

export const postalCodeRequired = (country: string): boolean => withPostalCode.includes(country);

/** "ZIP" in the US, "Postal code" elsewhere: the label and the error messages say it this way. */
export const postalCodeName = (country: string): 'ZIP' | 'Postal code' => (country === 'US' ? 'ZIP' : 'Postal code');

/** A country the form offers, or US. */
export const knownCountry = (code: unknown): string =>
  typeof code === 'string' && countries.some((c) => c.code === code.toUpperCase()) ? code.toUpperCase() : 'US';
