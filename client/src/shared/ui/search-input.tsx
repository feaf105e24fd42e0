import { Icon } from './icons';

/** The NHS search input (v10): label, hint, and a search box with its own submit button. */
export function SearchInput({
  id,
  name,
  label,
  hint,
  defaultValue,
  maxLength,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  defaultValue: string;
  maxLength?: number;
}) {
  const hintId = `${id}-hint`;
  return (
    <div className="nhsuk-form-group nhsuk-search-input">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      <div className="nhsuk-input-wrapper nhsuk-search-input__wrapper">
        <input
          className="nhsuk-input nhsuk-input--width-30 nhsuk-search-input__input"
          id={id}
          name={name}
          type="search"
          defaultValue={defaultValue}
          maxLength={maxLength}
          aria-describedby={hint ? hintId : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <button
          className="nhsuk-button nhsuk-button--icon nhsuk-button--small nhsuk-search-input__button"
          type="submit"
          aria-label="Search"
        >
          <Icon name="search" />
        </button>
      </div>
    </div>
  );
}
