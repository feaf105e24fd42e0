import type { ChangeEvent } from 'react';
import { describedBy, ErrorMessage, Hint } from '../../../shared/ui/form-group';

/**
 * The NHS file upload field: its label, hint and error message, and the input. Uncontrolled (a
 * browser keeps the file chosen while the input stays on the page); `onChoose` hears the choice.
 */
export function FileField({
  id,
  name,
  label,
  hint,
  error,
  accept,
  disabled,
  onChoose,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  error: string | null | undefined;
  accept: string;
  disabled: boolean;
  onChoose: (file: File | null) => void;
}) {
  return (
    <div className={`nhsuk-form-group nhsuk-file-upload${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label nhsuk-label--m" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <input
        className="nhsuk-file-upload__input"
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy(id, hint, error)}
        disabled={disabled}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChoose(event.currentTarget.files?.[0] ?? null)}
      />
    </div>
  );
}
