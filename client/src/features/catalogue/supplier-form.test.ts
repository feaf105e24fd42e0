import { describe, expect, it } from 'vitest';
import {
  emptySupplier,
  normaliseCompaniesHouseNumber,
  supplierFieldOf,
  supplierInput,
  supplierValues,
  validateSupplier,
} from './supplier-form';

const valid = {
  name: 'Meridian Clinical Systems Ltd',
  companiesHouseNumber: '01234567',
  sme: 'no',
  website: 'https://meridian.example',
} as const;

describe('validateSupplier', () => {
  it('accepts a complete form, with either shape of Companies House number', () => {
    expect(validateSupplier(valid).fields).toEqual({});
    expect(validateSupplier({ ...valid, companiesHouseNumber: 'sc 123456' }).fields).toEqual({});
    expect(validateSupplier({ ...valid, website: '' }).fields).toEqual({});
  });

  it('explains each missing or wrong answer', () => {
    expect(validateSupplier(emptySupplier).fields).toEqual({
      name: 'Enter the supplier’s name',
      companiesHouseNumber: 'Enter the Companies House number',
      sme: 'Select yes if the supplier is a small or medium-sized enterprise',
    });
    expect(
      validateSupplier({
        ...valid,
        name: 'x'.repeat(201),
        companiesHouseNumber: '1234567',
        website: 'meridian.example',
      }).fields,
    ).toEqual({
      name: 'The name must be 200 characters or fewer',
      companiesHouseNumber:
        'Enter a Companies House number of 8 digits, or 2 letters and 6 digits, like 01234567 or SC123456',
      website: 'Enter the website as a full address, like https://www.example.com',
    });
  });

  it('refuses numbers of the wrong shape', () => {
    for (const number of ['123456789', 'S1234567', 'SCX12345', '12-34-56-78'])
      expect(validateSupplier({ ...valid, companiesHouseNumber: number }).fields).toHaveProperty(
        'companiesHouseNumber',
      );
  });
});

describe('supplierInput and supplierValues', () => {
  it('sends tidy values: number as Companies House writes it, no empty website', () => {
    expect(
      supplierInput({ name: ' Meridian ', companiesHouseNumber: ' sc 123 456 ', sme: 'yes', website: ' ' }),
    ).toEqual({ name: 'Meridian', companiesHouseNumber: 'SC123456', sme: true, website: null });
    expect(normaliseCompaniesHouseNumber('ab123456')).toBe('AB123456');
  });

  it('shows a saved supplier in the form', () => {
    expect(
      supplierValues({ name: 'Meridian', companiesHouseNumber: '01234567', sme: false, website: null }),
    ).toEqual({ name: 'Meridian', companiesHouseNumber: '01234567', sme: 'no', website: '' });
  });
});

describe('supplierFieldOf', () => {
  it('names the fields of createSupplier and updateSupplier', () => {
    expect(supplierFieldOf(['companiesHouseNumber'])).toBe('companiesHouseNumber');
    expect(supplierFieldOf(['website'])).toBe('website');
    expect(supplierFieldOf(['expectedRowVersion'])).toBeUndefined();
    expect(supplierFieldOf(['id'])).toBeUndefined();
  });
});
