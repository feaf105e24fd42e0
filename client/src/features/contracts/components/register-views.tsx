import { Link } from 'react-router';
import {
  defaultFilters,
  endingSoonFilters,
  isEndingSoon,
  toSearchParams,
  type RegisterFilters,
} from '../register-params';

/**
 * The register's two ready-made views, as tabs that are links (each view has its own address): the
 * whole register, and the active contracts ending in the next 12 months, to renew or re-procure in
 * time. A central user's choice of trust stays with either view.
 */
export function RegisterViews({ filters, today }: { filters: RegisterFilters; today: string }) {
  const keep = { buyerOdsCode: filters.buyerOdsCode };
  const all = { ...defaultFilters, ...keep };
  const views = [
    {
      label: 'All contracts',
      search: toSearchParams(all).toString(),
      current: toSearchParams(filters).toString() === toSearchParams(all).toString(),
    },
    {
      label: 'Ending in the next 12 months',
      search: toSearchParams(endingSoonFilters(today, keep)).toString(),
      current: isEndingSoon(filters, today),
    },
  ];
  return (
    <nav className="nhsuk-tabs concord-views" aria-label="Views of the register">
      <ul className="nhsuk-tabs__list">
        {views.map((view) => (
          <li
            key={view.label}
            className={`nhsuk-tabs__list-item${view.current ? ' nhsuk-tabs__list-item--selected' : ''}`}
          >
            <Link
              className="nhsuk-tabs__tab"
              to={{ search: view.search }}
              aria-current={view.current ? 'page' : undefined}
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
