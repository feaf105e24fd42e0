import type { Role } from '../../gql/graphql';
import { noErrors, type FieldId, type FormErrors } from '../../shared/forms/form-errors';

export type NewUserValues = {
  name: string;
  email: string;
  password: string;
  role: Role | '';
  odsCode: string;
  supplierId: string;
};
export type NewUserField = keyof NewUserValues;
export type MembershipValues = { role: Role | ''; odsCode: string; supplierId: string };
export type MembershipField = keyof MembershipValues;

export const PASSWORD_MIN_LENGTH = 12;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** An administrator acts across the whole system and a supplier for a supplier: neither has an NHS organisation. */
export const needsOrganisation = (role: Role | '') => role !== '' && role !== 'ADMIN' && role !== 'SUPPLIER';

/** A supplier membership acts for one supplier. */
export const needsSupplier = (role: Role | '') => role === 'SUPPLIER';

/** The membership part of `createUser` and `addMembership`, from the form's values. */
export function membershipInput(values: MembershipValues & { role: Role }) {
  return {
    role: values.role,
    organisationOdsCode: needsOrganisation(values.role) ? values.odsCode.trim().toUpperCase() : null,
    supplierId: needsSupplier(values.role) ? values.supplierId : null,
  };
}

function validateMembership(values: MembershipValues, fields: Partial<Record<MembershipField, string>>) {
  if (values.role === '') fields.role = 'Select a role';
  else if (needsOrganisation(values.role) && values.odsCode.trim() === '')
    fields.odsCode = 'Enter the ODS code of the organisation';
  else if (needsSupplier(values.role) && values.supplierId === '') fields.supplierId = 'Select the supplier';
}

/** The checks made before asking the server, in the order of the form. */
export function validateNewUser(values: NewUserValues): FormErrors<NewUserField> {
  const errors = noErrors<NewUserField>();
  const { fields } = errors;
  if (values.name.trim() === '') fields.name = 'Enter their full name';
  if (values.email.trim() === '') fields.email = 'Enter their email address';
  else if (!EMAIL_SHAPE.test(values.email.trim()))
    fields.email = 'Enter an email address in the correct format, like name@example.com';
  if (values.password.length < PASSWORD_MIN_LENGTH)
    fields.password = `Enter a password of at least ${PASSWORD_MIN_LENGTH} characters`;
  validateMembership(values, fields);
  return errors;
}

export function validateMembershipForm(values: MembershipValues): FormErrors<MembershipField> {
  const errors = noErrors<MembershipField>();
  validateMembership(values, errors.fields);
  return errors;
}

// The server names the input field at fault by its path in the input.
const inputFields: Record<string, NewUserField & MembershipField> = {
  role: 'role',
  organisationOdsCode: 'odsCode',
  supplierId: 'supplierId',
};
const userFields: Record<string, NewUserField> = { name: 'name', email: 'email', password: 'password' };

/** Field paths of `createUser`: the user's own fields, and those of its first (only) membership. */
export function newUserFieldOf(path: readonly string[]): NewUserField | undefined {
  const [head, index, leaf] = path;
  if (head === undefined) return undefined;
  if (path.length === 1) return userFields[head];
  if (head === 'memberships' && index === '0' && leaf !== undefined) return inputFields[leaf];
  return undefined;
}

/** Field paths of `addMembership`: `["role"]`, `["organisationOdsCode"]`. */
export function membershipFieldOf(path: readonly string[]): MembershipField | undefined {
  const leaf = path.at(-1);
  return path.length === 1 && leaf !== undefined ? inputFields[leaf] : undefined;
}

/** The fields of the new-user form in its order, with their ids (for the error summary's links). */
export const newUserFields: readonly FieldId<NewUserField>[] = [
  { field: 'name', id: 'name' },
  { field: 'email', id: 'email' },
  { field: 'password', id: 'password' },
  { field: 'role', id: 'role' },
  { field: 'odsCode', id: 'ods-code' },
  { field: 'supplierId', id: 'supplier' },
];

/** The fields of the add-membership form in its order, with their ids. */
export const membershipFields: readonly FieldId<MembershipField>[] = [
  { field: 'role', id: 'new-role' },
  { field: 'odsCode', id: 'new-ods-code' },
  { field: 'supplierId', id: 'new-supplier' },
];
