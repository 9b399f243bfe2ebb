import type { AddressValue } from '../../protocol.ts';
import { countries } from '../payment/card/countries.ts';
import { isRecord } from '../../values.ts';

/** The Address Element's inputs, by the names drivers select on (`input[name="line1"]`, …). */
export interface AddressInputs {
  name: string;
  firstName: string;
  lastName: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postal_code: string;
  country: string;
  phone: string;
}

export type AddressField = keyof AddressInputs;

/** What the element's options decide about the form. */
export interface AddressLayout {
  mode: 'shipping' | 'billing';
  /** `display.name`: one name field, first and last, or an organization. */
  name: 'full' | 'split' | 'organization';
  /** `fields.phone: 'always'` shows the phone field. */
  phone: boolean;
  /** `validation.phone.required: 'always'`. */
  phoneRequired: boolean;
  blockPoBox: boolean;
  /** `allowedCountries`, or every country the form offers. */
  countries: readonly { code: string; name: string }[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Countries whose addresses need a state (or province) and those without postal codes in Stripe's form. */
const withState = ['US', 'CA', 'AU'];
const withoutPostalCode = ['IE'];

/** The form the options ask for (`elements.create('address', options)`). */
export function addressLayout(options: Record<string, unknown>): AddressLayout {
  const display = isRecord(options.display) ? options.display : {};
  const fields = isRecord(options.fields) ? options.fields : {};
  const validation = isRecord(options.validation) && isRecord(options.validation.phone) ? options.validation.phone : {};
  const allowed = Array.isArray(options.allowedCountries) ? options.allowedCountries.map((c) => str(c).toUpperCase()) : null;
  const offered = allowed ? countries.filter((c) => allowed.includes(c.code)) : countries;
  return {
    mode: options.mode === 'shipping' ? 'shipping' : 'billing',
    name: display.name === 'split' || display.name === 'organization' ? display.name : 'full',
    phone: fields.phone === 'always',
    phoneRequired: fields.phone === 'always' && validation.required === 'always',
    blockPoBox: options.blockPoBox === true,
    countries: offered.length > 0 ? offered : countries,
  };
}

/** The inputs `defaultValues` (or else the first of `contacts`) fill in, in a country the form offers. */
export function initialInputs(options: Record<string, unknown>, layout: AddressLayout): { inputs: AddressInputs; fromContact: boolean } {
  const contact = Array.isArray(options.contacts) && isRecord(options.contacts[0]) ? options.contacts[0] : null;
  const fromContact = !isRecord(options.defaultValues) && contact !== null;
  const source = isRecord(options.defaultValues) ? options.defaultValues : (contact ?? {});
  const address = isRecord(source.address) ? source.address : {};
  const country = str(address.country).toUpperCase();
  return {
    fromContact,
    inputs: {
      name: str(source.name),
      firstName: str(source.firstName),
      lastName: str(source.lastName),
      line1: str(address.line1),
      line2: str(address.line2),
      city: str(address.city),
      state: str(address.state),
      postal_code: str(address.postal_code),
      country: layout.countries.some((c) => c.code === country) ? country : (layout.countries[0]?.code ?? 'US'),
      phone: str(source.phone),
    },
  };
}

/** The fields the form shows for these options and country, in order. */
export function shownFields(layout: AddressLayout, country: string): AddressField[] {
  const name: AddressField[] = layout.name === 'split' ? ['firstName', 'lastName'] : ['name'];
  return [
    ...name,
    'country',
    'line1',
    'line2',
    'city',
    ...(withState.includes(country) ? (['state'] as const) : []),
    ...(withoutPostalCode.includes(country) ? [] : (['postal_code'] as const)),
    ...(layout.phone ? (['phone'] as const) : []),
  ];
}

/** The label of a field in this form: "ZIP" and "State" in the US, "Postal code" and "Province" elsewhere. */
export function fieldLabel(field: AddressField, layout: AddressLayout, country: string): string {
  switch (field) {
    case 'name':
      return layout.name === 'organization' ? 'Organization name' : 'Full name';
    case 'firstName':
      return 'First name';
    case 'lastName':
      return 'Last name';
    case 'line1':
      return 'Address line 1';
    case 'line2':
      return 'Address line 2';
    case 'city':
      return 'City';
    case 'state':
      return country === 'US' || country === 'AU' ? 'State' : 'Province';
    case 'postal_code':
      return country === 'US' ? 'ZIP' : 'Postal code';
    case 'country':
      return 'Country or region';
    case 'phone':
      return 'Phone number';
  }
}

/** One field's problem, as shown under it and in `elements.submit()`'s error. */
export interface AddressProblem {
  field: AddressField;
  code: 'incomplete_address' | 'invalid_address';
  message: string;
}

const poBox = /\bp\.?\s*o\.?\s*box\b|\bpost\s+office\s+box\b/i;

/** The problems of the shown fields, in form order (line2 is optional; phone only when required). */
export function addressProblems(inputs: AddressInputs, layout: AddressLayout): AddressProblem[] {
  const problems: AddressProblem[] = [];
  for (const field of shownFields(layout, inputs.country)) {
    if (field === 'line2' || field === 'country' || (field === 'phone' && !layout.phoneRequired)) continue;
    const value = inputs[field].trim();
    const label = fieldLabel(field, layout, inputs.country);
    if (value === '')
      problems.push({
        field,
        code: 'incomplete_address',
        message: `Your ${field === 'line1' ? 'address' : label === 'ZIP' ? label : label.toLowerCase()} is incomplete.`,
      });
    else if (field === 'phone' && value.replace(/\D/g, '').length < 7)
      problems.push({ field, code: 'incomplete_address', message: 'Your phone number is incomplete.' });
    else if (field === 'line1' && layout.blockPoBox && poBox.test(value))
      problems.push({ field, code: 'invalid_address', message: 'PO Boxes are not accepted. Enter a street address.' });
  }
  if (layout.blockPoBox && poBox.test(inputs.line2))
    problems.push({ field: 'line2', code: 'invalid_address', message: 'PO Boxes are not accepted. Enter a street address.' });
  return problems;
}

/** Whether the shopper has typed nothing (the country alone does not count). */
export function addressEmpty(inputs: AddressInputs, layout: AddressLayout): boolean {
  return shownFields(layout, inputs.country).every((f) => f === 'country' || inputs[f].trim() === '');
}

/** The `value` of the element's `change` event and of `getValue()`: Stripe's shape, phone only when its field shows. */
export function addressValue(inputs: AddressInputs, layout: AddressLayout): AddressValue {
  const fields = shownFields(layout, inputs.country);
  const trim = (f: AddressField) => (fields.includes(f) ? inputs[f].trim() : '');
  const split = layout.name === 'split';
  const name = split ? [trim('firstName'), trim('lastName')].filter((p) => p !== '').join(' ') : trim('name');
  return {
    name,
    ...(split ? { firstName: trim('firstName'), lastName: trim('lastName') } : {}),
    address: {
      line1: trim('line1'),
      line2: trim('line2') === '' ? null : trim('line2'),
      city: trim('city'),
      state: trim('state'),
      postal_code: trim('postal_code'),
      country: inputs.country,
    },
    ...(layout.phone ? { phone: trim('phone') } : {}),
  };
}
