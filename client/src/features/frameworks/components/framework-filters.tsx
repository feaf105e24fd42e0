import { useState } from 'react';
import { graphql } from '../../../gql';
import type { FrameworkFilters_OwnersFragment, FrameworkStatus } from '../../../gql/graphql';
import {
  frameworkStatusLabels,
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
} from '../../../shared/labels/catalogue';
import { ListSearchForm, SlugCheckboxes, SortSelect } from '../../../shared/ui/filter-panel';
import { Select, withChosen } from '../../../shared/ui/select';
import {
  defaultFilters,
  hasActiveFilters,
  shownStatuses,
  sortOptions,
  statusOrder,
  statusSlugs,
  toSearchParams,
  type CatalogueFilters,
} from '../catalogue-params';

export const FrameworkFilters_owners = graphql(`
  fragment FrameworkFilters_owners on Organisation {
    id
    odsCode
    name
  }
`);

/**
 * The search box and the filter panel, one form: the search button and "Apply filters" both submit
 * everything, so pressing Enter in the search box keeps the chosen filters. Fields carry the
 * address's names; the route turns a submission into a new address.
 *
 * Fields start from `filters` and are not kept in sync afterwards: give the component a new `key`
 * when the address changes from elsewhere (back and forward, links) so the fields follow it.
 */
export function FrameworkFilters({
  filters,
  owners,
  offerDrafts,
  onSubmit,
}: {
  filters: CatalogueFilters;
  owners: readonly FrameworkFilters_OwnersFragment[];
  /** Drafts are seen only by their owners' central teams: the choice is offered to them alone. */
  offerDrafts: boolean;
  onSubmit: (form: FormData) => void;
}) {
  // Controlled: the owners arrive with the results, after the form first shows.
  const [ownerOdsCode, setOwnerOdsCode] = useState(filters.ownerOdsCode);

  const statuses = shownStatuses(filters);
  const statusChoices = statusOrder.filter(
    (status: FrameworkStatus) => status !== 'DRAFT' || offerDrafts || statuses.includes('DRAFT'),
  );

  // A code from the address that the list does not hold still shows, so the choice is visible.
  const ownerOptions = withChosen(
    owners.map((owner) => ({ value: owner.odsCode, label: owner.name })),
    ownerOdsCode,
  );

  return (
    <ListSearchForm
      label="Frameworks"
      search={{
        label: 'Search by reference, title or description',
        hint: 'For example, CDX-2026-001 or patient records',
        value: filters.search,
      }}
      open={hasActiveFilters(filters)}
      clearTo={{ search: toSearchParams({ ...defaultFilters, search: filters.search }).toString() }}
      onSubmit={onSubmit}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <SlugCheckboxes
            name="category"
            legend="Lot category"
            hint="Frameworks with a lot in any of these categories"
            order={productCategoryOrder}
            slugs={productCategorySlugs}
            labels={productCategoryLabels}
            chosen={filters.categories}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <SlugCheckboxes
            name="status"
            legend="Status"
            hint="Published frameworks are shown when you choose none"
            order={statusChoices}
            slugs={statusSlugs}
            labels={frameworkStatusLabels}
            chosen={statuses}
          />
          <Select
            id="owner"
            labelSize="s"
            name="owner"
            label="Owner"
            options={[{ value: '', label: 'Any central body' }, ...ownerOptions]}
            value={ownerOdsCode}
            onChange={(event) => setOwnerOdsCode(event.target.value)}
          />
          <SortSelect sorts={sortOptions} value={filters.sort} />
        </div>
      </div>
    </ListSearchForm>
  );
}
