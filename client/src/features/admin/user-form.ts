import type { Role } from '../../gql/graphql';
import type { ErrorSummaryItem } from '../../shared/ui/error-summary';

export type UserErrorLike = { code: string; field: readonly string[] | null; message: string };

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

/** A message per field, and messages that belong to no field (shown only in the summary). */
export type FormErrors<F extends string> = { fields: Partial<Record<F, string>>; form: string[] };

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
  const fields: Partial<Record<NewUserField, string>> = {};
  if (values.name.trim() === '') fields.name = 'Enter their full name';
  if (values.email.trim() === '') fields.email = 'Enter their email address';
  else if (!EMAIL_SHAPE.test(values.email.trim()))
    fields.email = 'Enter an email address in the correct format, like name@example.com';
  if (values.password.length < PASSWORD_MIN_LENGTH)
    fields.password = `Enter a password of at least ${PASSWORD_MIN_LENGTH} characters`;
  validateMembership(values, fields);
  return { fields, form: [] };
}

export function validateMembershipForm(values: MembershipValues): FormErrors<MembershipField> {
  const fields: Partial<Record<MembershipField, string>> = {};
  validateMembership(values, fields);
  return { fields, form: [] };
}

// The server names the input field at fault by its path in the input.
const inputFields: Record<string, NewUserField & MembershipField> = {
  role: 'role',
  organisationOdsCode: 'odsCode',
  supplierId: 'supplierId',
};
const userFields: Record<string, NewUserField> = { name: 'name', email: 'email', password: 'password' };

/**
 * The server's reasons, each on the field its path names: `["email"]`, or
 * `["memberships", "0", "organisationOdsCode"]` for the first membership; others in the summary.
 */
export function errorsFromServer<F extends string>(
  userErrors: readonly UserErrorLike[],
  fieldOf: (path: readonly string[]) => F | undefined,
): FormErrors<F> {
  const errors: FormErrors<F> = { fields: {}, form: [] };
  for (const error of userErrors) {
    const field = error.field ? fieldOf(error.field) : undefined;
    if (field) errors.fields[field] ??= error.message;
    else errors.form.push(error.message);
  }
  return errors;
}

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

export function hasErrors(errors: FormErrors<string>): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/** The error summary's list: form errors first, then field errors linked to their fields, in order. */
export function summaryItems<F extends string>(
  errors: FormErrors<F>,
  fieldIds: Record<F, string>,
  order: readonly F[],
): ErrorSummaryItem[] {
  return [
    ...errors.form.map((text) => ({ text })),
    ...order.flatMap((field) => {
      const text = errors.fields[field];
      return text ? [{ text, href: `#${fieldIds[field]}` }] : [];
    }),
  ];
}
