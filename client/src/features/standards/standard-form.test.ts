import { describe, expect, it } from 'vitest';
import { errorsFromServer } from '../../shared/forms/form-errors';
import {
  emptyStandard,
  standardFieldOf,
  standardValues,
  validateStandard,
  type StandardValues,
} from './standard-form';

const valid: StandardValues = {
  ...emptyStandard,
  code: ' dcb0129 ',
  name: 'Clinical Risk Management',
  publisher: 'NHS England',
  category: 'CLINICAL_SAFETY',
  appliesTo: 'PRODUCT',
  assessment: 'PASS_FAIL',
  status: 'EFFECTIVE',
};

describe('validateStandard', () => {
  it('turns a complete form into the answers to send', () => {
    const { errors, answers } = validateStandard({
      ...valid,
      effectiveFrom: { day: '1', month: '4', year: '2026' },
      url: ' https://digital.nhs.uk/dcb0129 ',
    });
    expect(errors.fields).toEqual({});
    expect(answers).toEqual({
      code: 'DCB0129',
      name: 'Clinical Risk Management',
      version: null,
      publisher: 'NHS England',
      url: 'https://digital.nhs.uk/dcb0129',
      category: 'CLINICAL_SAFETY',
      appliesTo: 'PRODUCT',
      assessment: 'PASS_FAIL',
      levels: [],
      status: 'EFFECTIVE',
      effectiveFrom: '2026-04-01',
      effectiveTo: null,
      supersedesCode: null,
    });
  });

  it('explains every missing choice', () => {
    const { errors, answers } = validateStandard({ ...emptyStandard, status: '' });
    expect(answers).toBeNull();
    expect(Object.keys(errors.fields)).toEqual([
      'code',
      'name',
      'publisher',
      'category',
      'appliesTo',
      'assessment',
      'status',
    ]);
  });

  it('asks for at least two distinct levels for levelled assessment, and sends none otherwise', () => {
    expect(validateStandard({ ...valid, assessment: 'LEVELS', levels: 'Basic\n\n' }).errors.fields).toEqual({
      levels: 'Enter at least two levels, one a line, lowest first',
    });
    expect(
      validateStandard({ ...valid, assessment: 'LEVELS', levels: 'Basic\nbasic' }).errors.fields,
    ).toEqual({
      levels: 'Each level must have a different name',
    });
    expect(
      validateStandard({ ...valid, assessment: 'LEVELS', levels: ' Basic \nStandards met\n' }).answers
        ?.levels,
    ).toEqual(['Basic', 'Standards met']);
    expect(validateStandard({ ...valid, levels: 'Left over' }).answers?.levels).toEqual([]);
  });

  it('checks codes, addresses and dates as the server does', () => {
    expect(
      validateStandard({
        ...valid,
        code: 'DCB-0129',
        url: 'digital.nhs.uk',
        effectiveFrom: { day: '1', month: '4', year: '2026' },
        effectiveTo: { day: '31', month: '3', year: '2026' },
      }).errors.fields,
    ).toEqual({
      code: 'Enter a code of 2 to 40 capital letters, digits or underscores, like DCB0129 or FHIR_UK_CORE',
      url: 'Enter the address in full, like https://digital.nhs.uk/…',
      effectiveTo:
        'The date it stops being in force must be the same as or after the date it comes into force',
    });
    expect(validateStandard({ ...valid, supersedesCode: 'dcb0129' }).errors.fields).toEqual({
      supersedesCode: 'A standard cannot replace itself',
    });
  });
});

describe('standardValues and standardFieldOf', () => {
  it('shows a saved standard in the form, levels one a line', () => {
    const values = standardValues({
      code: 'DSPT',
      name: 'Data Security and Protection Toolkit',
      version: null,
      publisher: 'NHS England',
      url: null,
      category: 'SECURITY',
      appliesTo: 'ORGANISATION',
      assessment: 'LEVELS',
      levels: ['Approaching standards', 'Standards met', 'Standards exceeded'],
      status: 'EFFECTIVE',
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
      supersedes: { code: 'IGT' },
    });
    expect(values.levels).toBe('Approaching standards\nStandards met\nStandards exceeded');
    expect(values.effectiveFrom).toEqual({ day: '1', month: '7', year: '2025' });
    expect(values.supersedesCode).toBe('IGT');
  });

  it('lands the server’s errors on the field its path names', () => {
    const errors = errorsFromServer(
      [
        { code: 'NOT_FOUND', field: ['supersedesCode'], message: 'There is no standard with that code.' },
        { code: 'INVALID', field: ['effectiveTo'], message: 'Cannot stop before it starts.' },
        { code: 'NOT_FOUND', field: ['id'], message: 'There is no such standard.' },
      ],
      standardFieldOf,
    );
    expect(errors.fields).toEqual({
      supersedesCode: 'There is no standard with that code.',
      effectiveTo: 'Cannot stop before it starts.',
    });
    expect(errors.form).toEqual(['There is no such standard.']);
  });
});
