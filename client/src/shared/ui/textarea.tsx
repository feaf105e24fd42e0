import type { Ref, TextareaHTMLAttributes } from 'react';
import { describedBy, FormGroup } from './form-group';

type TextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'className' | 'aria-describedby'
>;

/**
 * The NHS textarea with its label, hint and error message; other props go to the `<textarea>`.
 * With `maxLength`, a line under the box says how many characters are left (announced politely, as
 * the NHS character count does); the box itself does not stop at the limit, so pasting a long text
 * is never silently cut.
 */
export function Textarea({
  id,
  label,
  hint,
  error,
  maxLength,
  rows = 5,
  ref,
  ...textarea
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  maxLength?: number;
  rows?: number;
  ref?: Ref<HTMLTextAreaElement>;
} & TextareaProps) {
  const length = typeof textarea.value === 'string' ? textarea.value.length : 0;
  const left = maxLength != null ? maxLength - length : null;
  const countId = `${id}-count`;
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id={id}
        rows={rows}
        aria-describedby={describedBy(id, hint, error, left != null ? countId : null)}
        ref={ref}
        {...textarea}
      />
      {left != null && (
        <div
          className={`concord-count ${left < 0 ? 'nhsuk-error-message' : 'nhsuk-hint'}`}
          id={countId}
          aria-live="polite"
        >
          {left >= 0
            ? `You have ${left.toLocaleString('en-GB')} character${left === 1 ? '' : 's'} remaining`
            : `You have ${(-left).toLocaleString('en-GB')} character${left === -1 ? '' : 's'} too many`}
        </div>
      )}
    </FormGroup>
  );
}
