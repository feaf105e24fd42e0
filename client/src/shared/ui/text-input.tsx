import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-describedby'>;

/** Ids of the hint and the error message, in the order the NHS component reads them out. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The label, hint and error message of an NHS form field, around whatever input it holds. */
export function FormGroup({
  id,
  label,
  hint,
  error,
  className = '',
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}${className ? ` ${className}` : ''}`}
    >
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

/** An NHS text input with its label, optional hint and error message; other props go to the `<input>`. */
export function TextInput({
  id,
  label,
  hint,
  error,
  width,
  ref,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** An nhsuk-input--width-N class suffix, for example 20. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  ref?: Ref<HTMLInputElement>;
} & InputProps) {
  const classes = ['nhsuk-input', error && 'nhsuk-input--error', width && `nhsuk-input--width-${width}`];
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
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
