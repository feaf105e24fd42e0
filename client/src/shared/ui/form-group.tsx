import type { FocusEvent, ReactNode } from 'react';
import './form.css';

/** Ids of the hint and the error message, in the order the NHS component reads them out. */
export function describedBy(
  id: string,
  hint: unknown,
  error: unknown,
  ...more: (string | null)[]
): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...more].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A field's hint, `${id}-hint`; nothing without one. */
export function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {hint}
    </div>
  );
}

/** A field's error message, `${id}-error`, read out after "Error:"; nothing without one. */
export function ErrorMessage({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {error}
    </span>
  );
}

const groupClass = (error: unknown, extra = '') =>
  ['nhsuk-form-group', error ? 'nhsuk-form-group--error' : '', extra].filter(Boolean).join(' ');

/** Label sizes of the NHS type scale: regular text when not given. */
export type LabelSize = 's' | 'm' | 'l';

/** The label, hint and error message of an NHS form field, around whatever input it holds. */
export function FormGroup({
  id,
  label,
  labelSize,
  hint,
  error,
  className = '',
  children,
}: {
  id: string;
  label: string;
  labelSize?: LabelSize;
  hint?: string;
  error?: string | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={groupClass(error, className)}>
      <label className={`nhsuk-label${labelSize ? ` nhsuk-label--${labelSize}` : ''}`} htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

/**
 * A group of inputs answering one question (radios, checkboxes, the boxes of a date) in a fieldset
 * with its legend, hint and error message. `onLeave` runs when focus leaves the whole group.
 */
export function FieldsetGroup({
  id,
  legend,
  legendSize,
  hint,
  error,
  role,
  onLeave,
  children,
}: {
  /** The group's hint and error message are `${id}-hint` and `${id}-error`. */
  id: string;
  legend: string;
  legendSize?: LabelSize;
  hint?: string;
  error?: string | null;
  /** "group" for inputs that make one answer together, such as a date. */
  role?: 'group';
  onLeave?: () => void;
  children: ReactNode;
}) {
  const leave = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave?.();
  };
  return (
    <div className={groupClass(error)}>
      <fieldset
        className="nhsuk-fieldset"
        role={role}
        aria-describedby={describedBy(id, hint, error)}
        onBlur={onLeave ? leave : undefined}
      >
        <legend
          className={`nhsuk-fieldset__legend${legendSize ? ` nhsuk-fieldset__legend--${legendSize}` : ''}`}
        >
          {legend}
        </legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

/**
 * An error message that belongs to a list rather than to one input (no lots yet, no prices yet),
 * shown above the button that adds to the list.
 */
export function ListError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <div className="nhsuk-form-group nhsuk-form-group--error concord-list-error">
      <ErrorMessage id={id} error={error} />
    </div>
  );
}
