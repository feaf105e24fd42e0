import type { ReactNode } from 'react';
import { Link, type To } from 'react-router';

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
