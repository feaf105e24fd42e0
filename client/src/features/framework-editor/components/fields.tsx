import type { FocusEvent, ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy } from '../../../shared/ui/text-input';
import type { DateParts } from '../dates';

/**
 * NHS form fields the shared kit does not have yet (textarea, a select and radios that show an
 * error, the date input), controlled, each with its label, hint and error message.
 */

function ErrorMessage({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {error}
    </span>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {hint}
    </div>
  );
}

const groupClass = (error: unknown, extra = '') =>
  ['nhsuk-form-group', error ? 'nhsuk-form-group--error' : '', extra].filter(Boolean).join(' ');

export function Textarea({
  id,
  label,
  hint,
  error,
  rows = 4,
  ...textarea
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  rows?: number;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'rows'>) {
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <textarea
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id={id}
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </div>
  );
}

export type Choice = { value: string; label: string };
export type ChoiceGroup = { group: string; options: readonly Choice[] };

export function SelectField({
  id,
  label,
  hint,
  error,
  placeholder,
  options,
  value,
  onChange,
  onBlur,
  disabled,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** The first, empty choice: "Choose a category". */
  placeholder: string;
  options: readonly (Choice | ChoiceGroup)[];
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
}) {
  return (
    <div className={groupClass(error)}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      >
        <option value="">{placeholder}</option>
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
    </div>
  );
}

export type RadioChoice = { value: string; label: string; hint?: string };

/** NHS radios in a fieldset. The first radio carries `id`, so an error summary link reaches it. */
export function Radios({
  id,
  name,
  legend,
  legendClass = 'nhsuk-fieldset__legend--s',
  hint,
  error,
  options,
  value,
  onChange,
  small = false,
  conditional,
}: {
  id: string;
  name: string;
  legend: string;
  legendClass?: string;
  hint?: string;
  error?: string | null;
  options: readonly RadioChoice[];
  value: string;
  onChange: (value: string) => void;
  small?: boolean;
  /** Shown under the chosen radio (the NHS conditional reveal). */
  conditional?: Partial<Record<string, ReactNode>>;
}) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`nhsuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div
          className={`nhsuk-radios${small ? ' nhsuk-radios--small' : ''}${conditional ? ' nhsuk-radios--conditional' : ''}`}
        >
          {options.map((option, index) => {
            const radioId = index === 0 ? id : `${id}-${index + 1}`;
            const revealed = conditional?.[option.value];
            return (
              <div key={option.value}>
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={radioId}
                    name={name}
                    type="radio"
                    value={option.value}
                    checked={value === option.value}
                    aria-describedby={option.hint ? `${radioId}-item-hint` : undefined}
                    aria-controls={revealed ? `${radioId}-conditional` : undefined}
                    aria-expanded={revealed ? value === option.value : undefined}
                    onChange={() => onChange(option.value)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={radioId}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={`${radioId}-item-hint`}>
                      {option.hint}
                    </div>
                  )}
                </div>
                {revealed && value === option.value && (
                  <div className="nhsuk-radios__conditional" id={`${radioId}-conditional`}>
                    {revealed}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * The NHS date input: day, month and year boxes in a fieldset. The day box carries `id`, so an
 * error summary link focuses it. `onBlur` runs when focus leaves all three boxes.
 */
export function DateInput({
  id,
  legend,
  hint = 'For example, 15 3 2027',
  error,
  value,
  onChange,
  onBlur,
  legendClass = 'nhsuk-fieldset__legend--s',
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | null;
  value: DateParts;
  onChange: (value: DateParts) => void;
  onBlur?: () => void;
  legendClass?: string;
}) {
  const leave = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  };
  const box = (part: keyof DateParts, label: string, width: 2 | 4) => {
    const boxId = part === 'day' ? id : `${id}-${part}`;
    return (
      <div className="nhsuk-date-input__item">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-date-input__label" htmlFor={boxId}>
            {label}
          </label>
          <input
            className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
            id={boxId}
            name={boxId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={value[part]}
            onChange={(event) => onChange({ ...value, [part]: event.target.value })}
          />
        </div>
      </div>
    );
  };
  return (
    <div className={groupClass(error)}>
      <fieldset
        className="nhsuk-fieldset"
        role="group"
        aria-describedby={describedBy(id, hint, error)}
        onBlur={leave}
      >
        <legend className={`nhsuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div className="nhsuk-date-input">
          {box('day', 'Day', 2)}
          {box('month', 'Month', 2)}
          {box('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}

/** An error message above a button that stands for a list (no lots yet, no prices yet). */
export function ListError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <div className="nhsuk-form-group nhsuk-form-group--error concord-fe-list-error">
      <ErrorMessage id={id} error={error} />
    </div>
  );
}

/** An amount in pounds: the NHS input with a £ prefix, typed as text so nothing is rounded. */
export function MoneyInput({
  id,
  label,
  labelClass = '',
  hint,
  error,
  value,
  onChange,
  onBlur,
}: {
  id: string;
  label: string;
  labelClass?: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
}) {
  return (
    <div className={groupClass(error)}>
      <label className={`nhsuk-label${labelClass ? ` ${labelClass}` : ''}`} htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
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
          value={value}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}

/** Moves focus to an element once the page has drawn it (after adding or removing a part of a form). */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
