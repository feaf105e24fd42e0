import type { SelectHTMLAttributes } from 'react';
import { describedBy, FormGroup, type LabelSize } from './form-group';

export type SelectOption = { value: string; label: string };
/** Options under a heading (`<optgroup>`): the prices of one lot, the versions of one product. */
export type SelectOptionGroup = { group: string; options: readonly SelectOption[] };

/**
 * An NHS select with its label, optional hint and error message; other props go to the `<select>`
 * (`defaultValue` for a filter form, `value` and `onChange` for a controlled one). `placeholder`
 * is a first option with an empty value, shown until something is chosen.
 */
export function Select({
  id,
  label,
  labelSize,
  hint,
  error,
  placeholder,
  options,
  fullWidth = true,
  ...select
}: {
  id: string;
  label: string;
  labelSize?: LabelSize;
  hint?: string;
  error?: string | null;
  placeholder?: string;
  options: readonly (SelectOption | SelectOptionGroup)[];
  /** As wide as its column (the default), or as wide as its longest option. */
  fullWidth?: boolean;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children' | 'className' | 'aria-describedby'>) {
  const classes = ['nhsuk-select', fullWidth && 'nhsuk-u-width-full', error && 'nhsuk-select--error'];
  return (
    <FormGroup id={id} label={label} labelSize={labelSize} hint={hint} error={error}>
      <select
        className={classes.filter(Boolean).join(' ')}
        id={id}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {placeholder != null && <option value="">{placeholder}</option>}
        {options.map((option) =>
          'group' in option ? (
            <optgroup key={option.group} label={option.group}>
              {option.options.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ),
        )}
      </select>
    </FormGroup>
  );
}

/** The options with one more for a chosen value they do not hold (from the address), so it still shows. */
export function withChosen(options: readonly SelectOption[], chosen: string): SelectOption[] {
  return chosen && !options.some((option) => option.value === chosen)
    ? [...options, { value: chosen, label: chosen }]
    : [...options];
}
