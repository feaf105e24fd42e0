import { describe, expect, it } from 'vitest';
import { errorsFromServer } from '../../shared/forms/form-errors';
import { membershipFieldOf, membershipInput, newUserFieldOf, validateNewUser } from './user-form';

const valid = {
  name: 'Alex Admin',
  email: 'alex@example.com',
  password: 'twelve-chars',
  role: 'TRUST_PROCUREMENT',
  odsCode: 'RAL',
  supplierId: '',
} as const;

describe('validateNewUser', () => {
  it('accepts a complete form', () => {
    expect(validateNewUser(valid).fields).toEqual({});
  });

  it('explains each missing or wrong field', () => {
    expect(
      validateNewUser({ name: ' ', email: 'alex', password: 'short', role: '', odsCode: '', supplierId: '' })
        .fields,
    ).toEqual({
      name: 'Enter their full name',
      email: 'Enter an email address in the correct format, like name@example.com',
      password: 'Enter a password of at least 12 characters',
      role: 'Select a role',
    });
  });

  it('asks for an organisation except for an administrator', () => {
    expect(validateNewUser({ ...valid, odsCode: '' }).fields).toEqual({
      odsCode: 'Enter the ODS code of the organisation',
    });
    expect(validateNewUser({ ...valid, role: 'ADMIN', odsCode: '' }).fields).toEqual({});
  });

  it('asks for the supplier, and no organisation, for the supplier role', () => {
    expect(validateNewUser({ ...valid, role: 'SUPPLIER', odsCode: '' }).fields).toEqual({
      supplierId: 'Select the supplier',
    });
    expect(validateNewUser({ ...valid, role: 'SUPPLIER', odsCode: '', supplierId: 's-1' }).fields).toEqual(
      {},
    );
  });
});

describe('membershipInput', () => {
  it('sends only what the role applies to', () => {
    expect(membershipInput({ role: 'TRUST_COMPLIANCE', odsCode: ' ral ', supplierId: 's-1' })).toEqual({
      role: 'TRUST_COMPLIANCE',
      organisationOdsCode: 'RAL',
      supplierId: null,
    });
    expect(membershipInput({ role: 'SUPPLIER', odsCode: 'RAL', supplierId: 's-1' })).toEqual({
      role: 'SUPPLIER',
      organisationOdsCode: null,
      supplierId: 's-1',
    });
    expect(membershipInput({ role: 'ADMIN', odsCode: 'RAL', supplierId: 's-1' })).toEqual({
      role: 'ADMIN',
      organisationOdsCode: null,
      supplierId: null,
    });
  });
});

describe('errorsFromServer', () => {
  it('puts each error on the field its path names', () => {
    const errors = errorsFromServer(
      [
        { code: 'CONFLICT', field: ['email'], message: 'Taken' },
        { code: 'NOT_FOUND', field: ['memberships', '0', 'organisationOdsCode'], message: 'No such' },
        { code: 'INVALID', field: ['memberships', '3', 'role'], message: 'Odd' },
        { code: 'INVALID', field: null, message: 'Whole form' },
      ],
      newUserFieldOf,
    );
    expect(errors).toEqual({
      fields: { email: 'Taken', odsCode: 'No such' },
      form: ['Odd', 'Whole form'],
      stale: null,
    });
  });

  it('reads the paths of addMembership', () => {
    expect(membershipFieldOf(['organisationOdsCode'])).toBe('odsCode');
    expect(membershipFieldOf(['role'])).toBe('role');
    expect(membershipFieldOf(['userId'])).toBeUndefined();
  });
});
