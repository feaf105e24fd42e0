import type { FormEvent, ReactNode } from 'react';
import { Link, type To } from 'react-router';
import { Checkboxes } from './checkboxes';
import { SearchInput } from './search-input';
import { Select } from './select';

/**
 * The filters of a list, folded away under a summary ("Filter and sort") inside the list's search
 * form, with "Apply filters" (submits the whole form, search included) and "Clear filters" (the
 * search alone). Open when a filter is in use, so the person sees what narrows the list.
 */
export function FilterPanel({
  summary,
  open,
  clearTo,
  children,
}: {
  summary: string;
  open: boolean;
  /** The list with the same search and no filters. */
  clearTo: To;
  children: ReactNode;
}) {
  return (
    <details className="nhsuk-details nhsuk-expander" open={open}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">
        {children}
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
            Apply filters
          </button>
          <Link className="nhsuk-link" to={clearTo}>
            Clear filters
          </Link>
        </div>
      </div>
    </details>
  );
}

// The server caps a list's search at 100 characters; the box stops there rather than failing later.
const SEARCH_MAX_LENGTH = 100;

/**
 * A list's search box and filter panel, one form (`role="search"`, named by `label`): the search
 * button and "Apply filters" both submit everything, so pressing Enter in the search box keeps the
 * chosen filters. Fields carry the address's names; `onSubmit` gets the submitted form.
 *
 * Fields start from the view and are not kept in sync afterwards: give the form a new `key` when the
 * address changes from elsewhere (back and forward, links) so the fields follow it.
 */
export function ListSearchForm({
  label,
  search,
  summary = 'Filter and sort',
  open,
  clearTo,
  onSubmit,
  children,
}: {
  label: string;
  /** The search box: its label, its hint and the search in the address. */
  search: { label: string; hint: string; value: string };
  summary?: string;
  open: boolean;
  clearTo: To;
  onSubmit: (form: FormData) => void;
  children: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  }
  return (
    <form role="search" aria-label={label} noValidate onSubmit={submit}>
      <SearchInput
        id="search"
        name="q"
        label={search.label}
        hint={search.hint}
        defaultValue={search.value}
        maxLength={SEARCH_MAX_LENGTH}
      />
      <FilterPanel summary={summary} open={open} clearTo={clearTo}>
        {children}
      </FilterPanel>
    </form>
  );
}

/**
 * A filter's checkbox group (`name` is also its id): one box a value, in `order`, carrying the
 * value's slug in the address; `chosen` start checked.
 */
export function SlugCheckboxes<T extends string>({
  name,
  legend,
  hint,
  order,
  slugs,
  labels,
  chosen,
}: {
  name: string;
  legend: string;
  hint?: string;
  order: readonly T[];
  slugs: Record<T, string>;
  labels: Record<T, string>;
  chosen: readonly T[];
}) {
  return (
    <Checkboxes
      idPrefix={name}
      name={name}
      legend={legend}
      hint={hint}
      options={order.map((value) => ({ value: slugs[value], label: labels[value] }))}
      defaultValues={chosen.map((value) => slugs[value])}
    />
  );
}

/** The "Sort by" select of a filter panel (`sort` in the address), starting at `value`. */
export function SortSelect<S extends string>({
  sorts,
  value,
}: {
  sorts: Record<S, { label: string }>;
  value: S;
}) {
  return (
    <Select
      id="sort"
      labelSize="s"
      name="sort"
      label="Sort by"
      options={Object.entries<{ label: string }>(sorts).map(([sort, option]) => ({
        value: sort,
        label: option.label,
      }))}
      defaultValue={value}
    />
  );
}
