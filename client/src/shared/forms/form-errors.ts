import type { UserErrorLike } from '../graphql/mutation';
import type { ErrorSummaryItem } from '../ui/error-summary';

// The state of a form's errors: the checks made before asking the server, and the server's answers
// put where the person will look for them.

/**
 * A message per field; messages that belong to no field (shown only in the summary); and, when
 * someone else saved the record first, the server's explanation (the page offers a reload).
 */
export type FormErrors<F extends string> = {
  fields: Partial<Record<F, string>>;
  form: string[];
  stale: string | null;
};

export const noErrors = <F extends string>(): FormErrors<F> => ({ fields: {}, form: [], stale: null });

export function hasErrors(errors: FormErrors<string>): boolean {
  return errors.stale !== null || errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * The server's reasons, each on the field its path names (`["companiesHouseNumber"]`, or
 * `["versions", "1"]` for the second version); a stale version apart; anything else in the summary,
 * once. The first message for a field wins: it is the one to fix first.
 */
export function errorsFromServer<F extends string>(
  userErrors: readonly UserErrorLike[],
  fieldOf: (path: readonly string[]) => F | undefined,
): FormErrors<F> {
  const errors = noErrors<F>();
  for (const error of userErrors) {
    if (error.code === 'STALE_VERSION') {
      errors.stale ??= error.message;
      continue;
    }
    const field = error.field ? fieldOf(error.field) : undefined;
    if (field) errors.fields[field] ??= error.message;
    else if (!errors.form.includes(error.message)) errors.form.push(error.message);
  }
  return errors;
}

/** A `fieldOf` for inputs whose paths are one name each: `["name"]` → `name`. */
export function topLevelFields<F extends string>(fields: readonly F[]) {
  return (path: readonly string[]): F | undefined => {
    const [head] = path;
    return path.length === 1 && head !== undefined ? fields.find((field) => field === head) : undefined;
  };
}

/** A field of a form and the id of the element its error summary link goes to. */
export type FieldId<F extends string> = { field: F; id: string };

/** The error summary's list: form errors first, then field errors in the form's order, linked to their fields. */
export function summaryItems<F extends string>(
  errors: Pick<FormErrors<F>, 'fields' | 'form'>,
  order: readonly FieldId<F>[],
): ErrorSummaryItem[] {
  return [
    ...errors.form.map((text) => ({ text })),
    ...order.flatMap(({ field, id }) => {
      const text = errors.fields[field];
      return text ? [{ text, href: `#${id}` }] : [];
    }),
  ];
}
