import type { InputHTMLAttributes, Ref } from 'react';
import { describedBy, FormGroup, type LabelSize } from './form-group';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-describedby'>;

/** An NHS text input with its label, optional hint and error message; other props go to the `<input>`. */
export function TextInput({
  id,
  label,
  labelSize,
  hint,
  error,
  width,
  ref,
  ...input
}: {
  id: string;
  label: string;
  labelSize?: LabelSize;
  hint?: string;
  error?: string | null;
  /** An nhsuk-input--width-N class suffix, for example 20. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  ref?: Ref<HTMLInputElement>;
} & InputProps) {
  const classes = ['nhsuk-input', error && 'nhsuk-input--error', width && `nhsuk-input--width-${width}`];
  return (
    <FormGroup id={id} label={label} labelSize={labelSize} hint={hint} error={error}>
      <input
        className={classes.filter(Boolean).join(' ')}
        id={id}
        aria-describedby={describedBy(id, hint, error)}
        ref={ref}
        {...input}
      />
    </FormGroup>
  );
}
