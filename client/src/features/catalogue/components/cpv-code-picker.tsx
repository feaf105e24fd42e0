import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../../gql';
import { formatCount } from '../../../shared/format/count';
import { describedBy } from '../../../shared/ui/form-group';

const CPV_CODES_QUERY = graphql(`
  query CpvCodeChoices($search: String!, $first: Int!) {
    cpvCodes(search: $search, first: $first) {
      code
      label
    }
  }
`);

export type CpvChoice = { code: string; label: string };

/** How many matches are shown; one more is asked for, to know whether there are others. */
export const CPV_SHOWN = 20;
const MIN_SEARCH = 2;
const SEARCH_MAX_LENGTH = 100;
const DEBOUNCE_MS = 250;

/** `value`, once it has stopped changing for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Chooses a CPV code from the ICT list: a search box (by code or by what it covers) and the
 * matching codes as radios, updated as the person types, with the count announced politely. Only a
 * code from the list can be chosen; the chosen one stays in view while the search changes.
 * The search box's id is `id`, which the error summary links to.
 */
export function CpvCodePicker({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: CpvChoice | null;
  onChange: (choice: CpvChoice) => void;
  error?: string | null;
}) {
  const [search, setSearch] = useState('');
  const settled = useSettled(search.trim(), DEBOUNCE_MS);
  const searching = settled.length >= MIN_SEARCH;
  const {
    data,
    previousData,
    loading,
    error: loadError,
  } = useQuery(CPV_CODES_QUERY, {
    variables: { search: settled, first: CPV_SHOWN + 1 },
    skip: !searching,
  });
  const found = searching ? (data ?? previousData)?.cpvCodes : undefined;
  const shown = found?.slice(0, CPV_SHOWN) ?? [];
  const options = value && !shown.some((code) => code.code === value.code) ? [value, ...shown] : shown;

  const hint = 'Type part of the code or of what it covers, for example 48180000 or medical software';
  const statusId = `${id}-status`;
  const status = !searching
    ? value
      ? ''
      : `Type at least ${MIN_SEARCH} characters to see matching codes.`
    : loadError
      ? 'The CPV codes could not be loaded. Try again later.'
      : !found || (loading && !data)
        ? 'Searching…'
        : found.length === 0
          ? `No CPV codes match “${settled}”. Try another word, or the first digits of the code.`
          : found.length > CPV_SHOWN
            ? `The first ${CPV_SHOWN} matching codes are shown. Type more to narrow the list.`
            : `${formatCount(found.length, 'code')} ${found.length === 1 ? 'matches' : 'match'} “${settled}”.`;

  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        CPV code
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        {hint}
      </div>
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <input
        className={`nhsuk-input nhsuk-input--width-20${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={SEARCH_MAX_LENGTH}
        aria-describedby={[describedBy(id, hint, error), statusId].filter(Boolean).join(' ')}
        aria-controls={`${id}-options`}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches (as it would anywhere), rather than submitting the whole form.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-2" id={statusId} role="status">
        {status}
      </p>
      <fieldset className="nhsuk-fieldset" id={`${id}-options`} hidden={options.length === 0}>
        <legend className="nhsuk-u-visually-hidden">Choose a CPV code</legend>
        <div className="nhsuk-radios nhsuk-radios--small">
          {options.map((option, index) => {
            const optionId = `${id}-option-${index + 1}`;
            return (
              <div className="nhsuk-radios__item" key={option.code}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name="cpvCode"
                  type="radio"
                  value={option.code}
                  checked={value?.code === option.code}
                  onChange={() => onChange(option)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  <span className="nhsuk-u-font-weight-bold concord-nowrap">{option.code}</span>{' '}
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
