import type { SelectHTMLAttributes } from 'react';
import { describedBy, FormGroup } from '../../../shared/ui/text-input';

export type SelectFieldOption = { value: string; label: string };

/** An NHS select for a form: label, hint, error message and a first "Choose…" option. */
export function SelectField({
  id,
  label,
  hint,
  error,
  placeholder,
  options,
  ...select
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** The first option, with an empty value, shown until something is chosen. */
  placeholder?: string;
  options: readonly SelectFieldOption[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children' | 'className'>) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <select
        className={`nhsuk-select nhsuk-u-width-full${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {placeholder != null && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
