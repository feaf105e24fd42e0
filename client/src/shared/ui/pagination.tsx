import { Link, type To } from 'react-router';
import { Icon } from './icons';

/**
 * Previous and next links (the NHS pagination component). Cursor-paged lists do not know page
 * numbers, so each link carries only its direction; a missing `to` leaves that link out.
 */
export function Pagination({
  previous,
  next,
  state,
}: {
  previous: To | null;
  next: To | null;
  /** Router state for both links, for example to move focus after the page changes. */
  state?: unknown;
}) {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous && (
          <li className="nhsuk-pagination-item--previous">
            <Link
              className="nhsuk-pagination__link nhsuk-pagination__link--prev"
              to={previous}
              state={state}
              rel="prev"
            >
              <span className="nhsuk-pagination__title">
                Previous<span className="nhsuk-u-visually-hidden"> page</span>
              </span>
              <Icon name="arrow-left" />
            </Link>
          </li>
        )}
        {next && (
          <li className="nhsuk-pagination-item--next">
            <Link
              className="nhsuk-pagination__link nhsuk-pagination__link--next"
              to={next}
              state={state}
              rel="next"
            >
              <span className="nhsuk-pagination__title">
                Next<span className="nhsuk-u-visually-hidden"> page</span>
              </span>
              <Icon name="arrow-right" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
