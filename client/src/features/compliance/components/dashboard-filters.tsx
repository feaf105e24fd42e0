import { useQuery } from '@apollo/client/react';
import type { FormEvent, ReactNode } from 'react';
import type { To } from 'react-router';
import { graphql } from '../../../gql';
import type { TrustType } from '../../../gql/graphql';
import { FilterPanel, SlugCheckboxes } from '../../../shared/ui/filter-panel';
import { RegionIcbSelects, type IcbChoice, type RegionChoice } from '../../../shared/ui/region-icb-selects';
import { trustTypeSlugs } from '../../organisations/directory-params';
import { trustTypeLabels } from '../../organisations/labels';

const trustTypeOrder = Object.keys(trustTypeSlugs) as TrustType[];

const DASHBOARD_AREAS_QUERY = graphql(`
  query DashboardAreas {
    regions {
      code
      name
    }
    icbs {
      code
      name
      region {
        code
      }
    }
  }
`);

/** The NHS regions and ICBs to choose from (empty lists until they come). */
export function useAreaChoices(): { regions: readonly RegionChoice[]; icbs: readonly IcbChoice[] } {
  const { data } = useQuery(DASHBOARD_AREAS_QUERY);
  return { regions: data?.regions ?? [], icbs: data?.icbs ?? [] };
}

/**
 * A dashboard's filters, folded under `summary` (open while one is in use): the fields carry the
 * address's names, and `onSubmit` gets the submitted form. Give it a new `key` when the address
 * changes from elsewhere, so its fields follow.
 */
export function DashboardFilters({
  label,
  summary,
  open,
  clearTo,
  onSubmit,
  children,
}: {
  label: string;
  summary: string;
  open: boolean;
  clearTo: To;
  onSubmit: (form: FormData) => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };
  return (
    <form className="concord-dashboard-filters" aria-label={label} noValidate onSubmit={submit}>
      <FilterPanel summary={summary} open={open} clearTo={clearTo}>
        {children}
      </FilterPanel>
    </form>
  );
}

/** Which trusts: region and ICB (`region`, `icb`) and kinds of trust (`type`). */
export function TrustFilterFields({
  regions,
  icbs,
  regionCode,
  icbCode,
  trustTypes,
}: {
  regions: readonly RegionChoice[];
  icbs: readonly IcbChoice[];
  regionCode: string;
  icbCode: string;
  trustTypes: readonly TrustType[];
}) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-half">
        <RegionIcbSelects regions={regions} icbs={icbs} regionCode={regionCode} icbCode={icbCode} />
      </div>
      <div className="nhsuk-grid-column-one-half">
        <SlugCheckboxes
          name="type"
          legend="Trust type"
          hint="ODS does not record it, so many trusts are not established yet"
          order={trustTypeOrder}
          slugs={trustTypeSlugs}
          labels={trustTypeLabels}
          chosen={trustTypes}
        />
      </div>
    </div>
  );
}

/**
 * A central user's choice to count declarations a central team has not verified yet
 * (`unverified=include`), a form of its own so it shows beside the figures it changes.
 */
export function UnverifiedChoice({
  included,
  onChange,
}: {
  included: boolean;
  onChange: (include: boolean) => void;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(new FormData(event.currentTarget).get('unverified') === 'include');
  };
  return (
    <form className="concord-dashboard-inline" aria-label="Declarations counted" noValidate onSubmit={submit}>
      <div className="nhsuk-form-group">
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id="unverified"
              name="unverified"
              type="checkbox"
              value="include"
              defaultChecked={included}
              aria-describedby="unverified-item-hint"
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="unverified">
              Include declarations not yet verified
            </label>
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id="unverified-item-hint">
              Central users only. Rejected declarations then show as rejected.
            </div>
          </div>
        </div>
      </div>
      <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
        Update the figures
      </button>
    </form>
  );
}
