import type { UserErrorLike } from '../../shared/graphql/mutation';
import type { ErrorSummaryItem } from '../../shared/ui/error-summary';

export type SignInValues = { email: string; password: string };
export type SignInField = keyof SignInValues;

/** What is wrong with the form: a message per field, and messages about the attempt as a whole. */
export type SignInErrors = {
  fields: Partial<Record<SignInField, string>>;
  /** Errors that belong to no field (too many attempts), shown only in the summary. */
  form: string[];
};

export const noErrors: SignInErrors = { fields: {}, form: [] };

// Deliberately loose: the server decides who can sign in. This catches a name typed where the
// address should be, with the NHS wording.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** The checks made before asking the server, in the order the fields appear. */
export function validateSignIn({ email, password }: SignInValues): SignInErrors {
  const fields: SignInErrors['fields'] = {};
  if (email.trim() === '') fields.email = 'Enter your email address';
  else if (!EMAIL_SHAPE.test(email.trim()))
    fields.email = 'Enter an email address in the correct format, like name@example.com';
  if (password === '') fields.password = 'Enter your password';
  return { fields, form: [] };
}

const isField = (name: string | undefined): name is SignInField => name === 'email' || name === 'password';

/**
 * The server's reasons, in its own words. Wrong credentials belong to the email field, the first
 * one, without saying which of the two was wrong; too many attempts belongs to no field.
 */
export function errorsFromServer(userErrors: readonly UserErrorLike[]): SignInErrors {
  const errors: SignInErrors = { fields: {}, form: [] };
  for (const error of userErrors) {
    const field = error.field?.at(-1);
    if (isField(field)) errors.fields[field] ??= error.message;
    else if (error.code === 'INVALID_CREDENTIALS') errors.fields.email ??= error.message;
    else errors.form.push(error.message);
  }
  return errors;
}

export function hasErrors(errors: SignInErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/** The error summary's list: field errors link to their field, in the order of the form. */
export function summaryItems(
  errors: SignInErrors,
  fieldIds: Record<SignInField, string>,
): ErrorSummaryItem[] {
  const order: SignInField[] = ['email', 'password'];
  return [
    ...errors.form.map((text) => ({ text })),
    ...order.flatMap((field) => {
      const text = errors.fields[field];
      return text ? [{ text, href: `#${fieldIds[field]}` }] : [];
    }),
  ];
}
