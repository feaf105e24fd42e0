import { describe, expect, it } from 'vitest';
import { errorsFromServer } from '../../shared/forms/form-errors';
import {
  emptyProduct,
  productFieldOf,
  productFields,
  productInput,
  validateProduct,
  validateVersion,
  versionFieldOf,
} from './product-form';

const valid = {
  ...emptyProduct('supplier-1'),
  name: 'Cirrus Bed Manager',
  category: 'PATIENT_FLOW',
  cpvCode: '48814000-7',
  cpvLabel: 'Medical information systems',
  versions: ['2024.1', '2024.2'],
} as const;
const validValues = { ...valid, versions: [...valid.versions] };

describe('validateProduct', () => {
  it('accepts a complete form', () => {
    expect(validateProduct(validValues, true).fields).toEqual({});
  });

  it('explains each missing answer, the CPV code chosen from the list', () => {
    expect(validateProduct(emptyProduct(), true).fields).toEqual({
      supplierId: 'Select the supplier that sells it',
      name: 'Enter the product’s name',
      category: 'Select the kind of product',
      cpvCode: 'Search for a CPV code and choose one from the list',
      'versions.0': 'Enter the version, like 4.2',
    });
  });

  it('checks each version box on its own, and repeats', () => {
    const errors = validateProduct({ ...validValues, versions: ['1.0', 'beta/2', ' 1.0 ', ''] }, true);
    expect(errors.fields).toEqual({
      'versions.1': 'A version can only have letters, digits, spaces, dots, hyphens and plus signs',
      'versions.2': 'Version 1.0 is given twice',
      'versions.3': 'Enter the version, like 4.2',
    });
  });

  it('ignores versions and the supplier when editing', () => {
    expect(validateProduct({ ...validValues, supplierId: '', versions: [] }, false).fields).toEqual({});
  });

  it('limits the description to 5,000 characters', () => {
    expect(validateProduct({ ...validValues, description: 'x'.repeat(5001) }, true).fields).toEqual({
      description: 'The description must be 5,000 characters or fewer',
    });
  });
});

describe('productFieldOf', () => {
  it('lands the server’s errors on the right box, versions by position', () => {
    const errors = errorsFromServer(
      [
        { code: 'NOT_FOUND', field: ['cpvCode'], message: '12345678-9 is not a CPV code in the ICT list' },
        { code: 'CONFLICT', field: ['versions', '1'], message: 'Version 2 is given twice.' },
        { code: 'INVALID', field: ['versions'], message: 'Give at least one version, like 1.0.' },
        { code: 'CONFLICT', field: ['name'], message: 'This supplier already has a product with that name.' },
      ],
      productFieldOf,
    );
    expect(errors.fields).toEqual({
      cpvCode: '12345678-9 is not a CPV code in the ICT list',
      'versions.1': 'Version 2 is given twice.',
      'versions.0': 'Give at least one version, like 1.0.',
      name: 'This supplier already has a product with that name.',
    });
    expect(productFieldOf(['supplierId'])).toBe('supplierId');
    expect(productFieldOf(['id'])).toBeUndefined();
  });

  it('links each version’s error to its own box', () => {
    expect(productFields(validValues, true).slice(-2)).toEqual([
      { field: 'versions.0', id: 'version-0' },
      { field: 'versions.1', id: 'version-1' },
    ]);
    expect(productFields(validValues, false).map(({ field }) => field)).not.toContain('versions.0');
  });
});

describe('productInput', () => {
  it('sends the shared fields tidied, without the label shown beside the code', () => {
    expect(productInput({ ...validValues, name: ' Cirrus ', description: ' Beds. ' })).toEqual({
      name: 'Cirrus',
      category: 'PATIENT_FLOW',
      cpvCode: '48814000-7',
      description: 'Beds.',
    });
  });
});

describe('validateVersion', () => {
  const date = { day: '', month: '', year: '' };

  it('accepts a new version with or without a release date', () => {
    expect(validateVersion({ version: '2024.3', releasedOn: date }, ['2024.1'])).toEqual({
      errors: { fields: {}, form: [], stale: null },
      releasedOn: null,
    });
    expect(
      validateVersion({ version: '2024.3', releasedOn: { day: '5', month: '3', year: '2026' } }, [])
        .releasedOn,
    ).toBe('2026-03-05');
  });

  it('refuses a version the product already has, and a date that does not exist', () => {
    expect(
      validateVersion({ version: ' 2024.1 ', releasedOn: { day: '30', month: '2', year: '2026' } }, [
        '2024.1',
      ]).errors.fields,
    ).toEqual({
      version: 'The product already has version 2024.1',
      releasedOn: 'Release date must be a real date',
    });
  });

  it('reads the paths of addProductVersion', () => {
    expect(versionFieldOf(['version'])).toBe('version');
    expect(versionFieldOf(['releasedOn'])).toBe('releasedOn');
    expect(versionFieldOf(['productId'])).toBeUndefined();
  });
});
