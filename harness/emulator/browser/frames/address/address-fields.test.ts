import { describe, expect, it } from 'vitest';
import { addressEmpty, addressLayout, addressProblems, addressValue, initialInputs, shownFields, type AddressInputs } from './address-fields.ts';

const blank: AddressInputs = { name: '', firstName: '', lastName: '', line1: '', line2: '', city: '', state: '', postal_code: '', country: 'US', phone: '' };
const jenny: AddressInputs = { ...blank, name: 'Jenny Rosen', line1: '354 Oyster Point Blvd', city: 'South San Francisco', state: 'CA', postal_code: '94080' };

describe('addressLayout and shownFields', () => {
  it('shows the phone only with fields.phone = always, and state and ZIP by country', () => {
    const plain = addressLayout({ mode: 'billing' });
    expect(shownFields(plain, 'US')).toEqual(['name', 'country', 'line1', 'line2', 'city', 'state', 'postal_code']);
    expect(shownFields(plain, 'GB')).toEqual(['name', 'country', 'line1', 'line2', 'city', 'postal_code']);
    expect(shownFields(addressLayout({ mode: 'shipping', fields: { phone: 'always' }, display: { name: 'split' } }), 'IE')).toEqual([
      'firstName',
      'lastName',
      'country',
      'line1',
      'line2',
      'city',
      'phone',
    ]);
  });

  it('offers only the allowed countries, and prefills from defaultValues, else the first contact', () => {
    const layout = addressLayout({ mode: 'shipping', allowedCountries: ['gb', 'CA'] });
    expect(layout.countries.map((c) => c.code)).toEqual(['CA', 'GB']);
    expect(initialInputs({ defaultValues: { name: 'J', address: { country: 'US' } } }, layout).inputs.country).toBe('CA');
    const contact = { name: 'Ann', address: { line1: '1 A St', city: 'Leeds', state: '', postal_code: 'LS1', country: 'GB' } };
    expect(initialInputs({ contacts: [contact] }, layout)).toMatchObject({ fromContact: true, inputs: { name: 'Ann', line1: '1 A St', country: 'GB' } });
  });
});

describe('addressProblems', () => {
  it('names each missing required field, line2 and an optional phone excepted', () => {
    const layout = addressLayout({ mode: 'billing', fields: { phone: 'always' } });
    expect(addressProblems(blank, layout).map((p) => [p.field, p.message])).toEqual([
      ['name', 'Your full name is incomplete.'],
      ['line1', 'Your address is incomplete.'],
      ['city', 'Your city is incomplete.'],
      ['state', 'Your state is incomplete.'],
      ['postal_code', 'Your ZIP is incomplete.'],
    ]);
    expect(addressProblems(jenny, layout)).toEqual([]);
  });

  it('requires the phone with validation.phone.required = always, and refuses PO boxes with blockPoBox', () => {
    const layout = addressLayout({ mode: 'shipping', fields: { phone: 'always' }, validation: { phone: { required: 'always' } }, blockPoBox: true });
    expect(addressProblems({ ...jenny, line1: 'P.O. Box 12' }, layout).map((p) => [p.field, p.code])).toEqual([
      ['line1', 'invalid_address'],
      ['phone', 'incomplete_address'],
    ]);
  });
});

describe('addressValue', () => {
  it("is Stripe's change value: line2 null when empty, phone only when its field shows", () => {
    expect(addressValue(jenny, addressLayout({ mode: 'billing' }))).toEqual({
      name: 'Jenny Rosen',
      address: { line1: '354 Oyster Point Blvd', line2: null, city: 'South San Francisco', state: 'CA', postal_code: '94080', country: 'US' },
    });
    const split = addressValue(
      { ...jenny, firstName: 'Jenny', lastName: 'Rosen', phone: '+1 555 0100' },
      addressLayout({ mode: 'shipping', display: { name: 'split' }, fields: { phone: 'always' } }),
    );
    expect(split).toMatchObject({ name: 'Jenny Rosen', firstName: 'Jenny', lastName: 'Rosen', phone: '+1 555 0100' });
  });

  it('drops the fields the country does not show, and counts only typed fields as not empty', () => {
    const layout = addressLayout({ mode: 'billing' });
    expect(addressValue({ ...jenny, country: 'IE' }, layout).address).toMatchObject({ state: '', postal_code: '' });
    expect(addressEmpty({ ...blank, country: 'GB' }, layout)).toBe(true);
    expect(addressEmpty({ ...blank, city: 'Leeds' }, layout)).toBe(false);
  });
});
