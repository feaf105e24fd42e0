import type { InputHTMLAttributes } from 'react';
import { describedBy, FormGroup, type LabelSize } from './form-group';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'type' | 'inputMode' | 'aria-describedby'
>;

/**
 * An amount in pounds: the NHS input with a £ prefix, typed as text so nothing is rounded on the
 * way; other props go to the `<input>`.
 */
export function MoneyInput({
  id,
  label,
  labelSize,
  hint,
  error,
  ...input
}: {
  id: string;
  label: string;
  labelSize?: LabelSize;
  hint?: string;
  error?: string | null;
} & InputProps) {
  return (
    <FormGroup id={id} label={label} labelSize={labelSize} hint={hint} error={error}>
      <div className="nhsuk-input-wrapper">
        <div className="nhsuk-input-wrapper__prefix" aria-hidden="true">
          £
        </div>
        <input
          className={`nhsuk-input nhsuk-input--width-10${error ? ' nhsuk-input--error' : ''}`}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy(id, hint, error)}
          {...input}
        />
      </div>
    </FormGroup>
  );
}
