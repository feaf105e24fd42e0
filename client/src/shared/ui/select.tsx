import type { SelectHTMLAttributes } from 'react';

export type SelectOption = { value: string; label: string };

/** An NHS select with its label and optional hint; other props go to the `<select>`. */
export function Select({
  id,
  label,
  hint,
  options,
  ...select
}: {
  id: string;
  label: string;
  hint?: string;
  options: readonly SelectOption[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'>) {
  const hintId = `${id}-hint`;
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      <select
        className="nhsuk-select nhsuk-u-width-full"
        id={id}
        aria-describedby={hint ? hintId : undefined}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
