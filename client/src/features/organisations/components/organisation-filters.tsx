import { graphql } from '../../../gql';
import type {
  OrganisationFilters_IcbsFragment,
  OrganisationFilters_RegionsFragment,
  OrganisationKind,
  TrustType,
} from '../../../gql/graphql';
import { ListSearchForm, SlugCheckboxes, SortSelect } from '../../../shared/ui/filter-panel';
import { RegionIcbSelects } from '../../../shared/ui/region-icb-selects';
import {
  defaultFilters,
  hasActiveFilters,
  kindSlugs,
  sortOptions,
  toSearchParams,
  trustTypeSlugs,
  type DirectoryFilters,
  type DirectorySort,
} from '../directory-params';
import { kindLabels, trustTypeLabels } from '../labels';

export const OrganisationFilters_regions = graphql(`
  fragment OrganisationFilters_regions on Region {
    code
    name
  }
`);

export const OrganisationFilters_icbs = graphql(`
  fragment OrganisationFilters_icbs on Icb {
    code
    name
    region {
      code
    }
  }
`);

const kindOrder: OrganisationKind[] = ['TRUST', 'ICB', 'CENTRAL_BODY'];
const trustTypeOrder: TrustType[] = [
  'ACUTE',
  'AMBULANCE',
  'COMMUNITY',
  'MENTAL_HEALTH',
  'SPECIALIST',
  'NOT_ESTABLISHED',
];

/**
 * The search box and the filter panel, one form: the search button and "Apply filters" both
 * submit everything, so pressing Enter in the search box keeps the chosen filters. Fields carry
 * the address's names; the route turns a submission into a new address.
 *
 * Fields start from `filters` and are not kept in sync afterwards: give the component a new `key`
 * when the address changes from elsewhere (back and forward, links) so the fields follow it.
 */
export function OrganisationFilters({
  filters,
  regions,
  icbs,
  onSubmit,
}: {
  filters: DirectoryFilters;
  regions: readonly OrganisationFilters_RegionsFragment[];
  icbs: readonly OrganisationFilters_IcbsFragment[];
  onSubmit: (form: FormData) => void;
}) {
  return (
    <ListSearchForm
      label="Organisations"
      search={{
        label: 'Search by name or ODS code',
        hint: 'For example, royal free or RAL',
        value: filters.search,
      }}
      open={hasActiveFilters(filters)}
      clearTo={{ search: toSearchParams({ ...defaultFilters, search: filters.search }).toString() }}
      onSubmit={onSubmit}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <SlugCheckboxes
            name="kind"
            legend="Kind of organisation"
            order={kindOrder}
            slugs={kindSlugs}
            labels={kindLabels}
            chosen={filters.kinds}
          />
          <div className="nhsuk-form-group">
            <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id="closed"
                  name="closed"
                  type="checkbox"
                  value="include"
                  defaultChecked={filters.includeClosed}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="closed">
                  Include closed organisations
                </label>
              </div>
            </div>
          </div>
        </div>
        <div className="nhsuk-grid-column-one-third">
          <SlugCheckboxes
            name="type"
            legend="Trust type"
            hint="ODS does not record it, so many trusts are not established yet"
            order={trustTypeOrder}
            slugs={trustTypeSlugs}
            labels={trustTypeLabels}
            chosen={filters.trustTypes}
          />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <RegionIcbSelects
            regions={regions}
            icbs={icbs}
            regionCode={filters.regionCode}
            icbCode={filters.icbCode}
          />
          <SortSelect sorts={sortOptions} value={filters.sort satisfies DirectorySort} />
        </div>
      </div>
    </ListSearchForm>
  );
}
