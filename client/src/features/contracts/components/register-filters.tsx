import { useState } from 'react';
import { toDateParts, type DateParts } from '../../../shared/forms/dates';
import {
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
} from '../../../shared/labels/catalogue';
import {
  contractStatusLabels,
  contractStatusOrder,
  contractStatusSlugs,
} from '../../../shared/labels/contracts';
import { DateInput } from '../../../shared/ui/date-input';
import { ListSearchForm, SlugCheckboxes, SortSelect } from '../../../shared/ui/filter-panel';
import { Select } from '../../../shared/ui/select';
import { TextInput } from '../../../shared/ui/text-input';
import {
  defaultFilters,
  endDateBoxes,
  frameworkChoices,
  hasActiveFilters,
  sortOptions,
  toSearchParams,
  type RegisterFilters,
} from '../register-params';

/**
 * The register's search box and filter panel, one form: the search button and "Apply filters" both
 * submit everything. Fields carry the address's names (the dates their own boxes); the route turns
 * a submission into a new address.
 *
 * Fields start from `filters` and are not kept in sync afterwards: give the component a new `key`
 * when the address changes from elsewhere (back and forward, links) so the fields follow it.
 */
export function RegisterFilterForm({
  filters,
  offerBuyer,
  onSubmit,
}: {
  filters: RegisterFilters;
  /** Central users read every trust's register, so they may narrow it to one trust. */
  offerBuyer: boolean;
  onSubmit: (form: FormData) => void;
}) {
  // The date boxes are controlled (the NHS date input), the rest read from the form on submit.
  const [endsFrom, setEndsFrom] = useState<DateParts>(() => toDateParts(filters.endingAfter));
  const [endsTo, setEndsTo] = useState<DateParts>(() => toDateParts(filters.endingBefore));

  return (
    <ListSearchForm
      label="Contracts"
      search={{
        label: 'Search by reference, title or supplier',
        hint: 'For example, RAL-2026-001 or Brightwater',
        value: filters.search,
      }}
      open={hasActiveFilters(filters)}
      clearTo={{ search: toSearchParams({ ...defaultFilters, search: filters.search }).toString() }}
      onSubmit={onSubmit}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <SlugCheckboxes
            name="status"
            legend="Status"
            hint="Every status is shown when you choose none"
            order={contractStatusOrder}
            slugs={contractStatusSlugs}
            labels={contractStatusLabels}
            chosen={filters.statuses}
          />
          <Select
            id="framework"
            labelSize="s"
            name="framework"
            label="How it was bought"
            options={[
              { value: '', label: 'Any way' },
              ...Object.entries(frameworkChoices).map(([value, label]) => ({ value, label })),
            ]}
            defaultValue={filters.framework}
          />
          {offerBuyer && (
            <TextInput
              id="buyer"
              name="buyer"
              labelSize="s"
              label="Trust’s ODS code"
              hint="Only this trust’s contracts. For example, RAL"
              width={10}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              defaultValue={filters.buyerOdsCode}
            />
          )}
          <DateInput
            id={endDateBoxes.endingAfter}
            legend="Ends on or after"
            legendSize="s"
            hint="For example, 1 4 2027"
            value={endsFrom}
            onChange={setEndsFrom}
          />
          <DateInput
            id={endDateBoxes.endingBefore}
            legend="Ends on or before"
            legendSize="s"
            hint="For example, 31 3 2028"
            value={endsTo}
            onChange={setEndsTo}
          />
          <SortSelect sorts={sortOptions} value={filters.sort} />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <SlugCheckboxes
            name="category"
            legend="What was bought"
            hint="Contracts with a line in any of these categories"
            order={productCategoryOrder}
            slugs={productCategorySlugs}
            labels={productCategoryLabels}
            chosen={filters.categories}
          />
        </div>
      </div>
    </ListSearchForm>
  );
}
