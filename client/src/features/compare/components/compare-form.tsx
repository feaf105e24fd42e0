import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import type { CompareChoicesQuery, TrustType } from '../../../gql/graphql';
import { todayInEngland, toDateParts, type DateParts } from '../../../shared/forms/dates';
import {
  pricingUnitChoices,
  pricingUnitOrder,
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
} from '../../../shared/labels/catalogue';
import { quoted } from '../../../shared/list/address';
import { DateInput } from '../../../shared/ui/date-input';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SlugCheckboxes } from '../../../shared/ui/filter-panel';
import { Radios, type RadioOption } from '../../../shared/ui/radios';
import { SearchInput } from '../../../shared/ui/search-input';
import { RegionIcbSelects } from '../../../shared/ui/region-icb-selects';
import { Select } from '../../../shared/ui/select';
import { TextInput } from '../../../shared/ui/text-input';
import { trustTypeSlugs } from '../../organisations/directory-params';
import { trustTypeLabels } from '../../organisations/labels';
import {
  dateBoxIds,
  pricingUnitSlugs,
  readFilterDates,
  toBenchmarkFilter,
  type CompareBy,
  type CompareView,
  type DateField,
} from '../compare-params';

const COMPARE_CHOICES_QUERY = graphql(`
  query CompareChoices($search: String!, $searching: Boolean!, $productId: String!, $hasProduct: Boolean!) {
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
    products(filter: { search: $search }, first: 10) @include(if: $searching) {
      totalCount
      edges {
        node {
          ...CompareForm_product
        }
      }
    }
    product(id: $productId) @include(if: $hasProduct) {
      ...CompareForm_product
    }
  }
`);

export const CompareForm_product = graphql(`
  fragment CompareForm_product on Product {
    id
    name
    category
    supplier {
      id
      name
    }
  }
`);

export type ChosenProduct = NonNullable<CompareChoicesQuery['product']>;

const productOption = (product: ChosenProduct): RadioOption => ({
  value: product.id,
  label: product.name,
  hint: product.supplier.name,
});

const trustTypeOrder = Object.keys(trustTypeSlugs) as TrustType[];

/**
 * What to compare (a product found by searching, a category, or a role's day rate), in which unit,
 * and which trusts' contracts (region, ICB, kind of trust, dates). Its fields have the address's
 * names (the dates are typed in boxes and sent checked, in hidden fields): submitting it (to search,
 * or to compare) goes to the address it describes. Dates that are not real ones stop it, with the
 * NHS error summary and a message on the field.
 */
export function CompareForm({
  view,
  onSubmit,
  onInvalid,
}: {
  view: CompareView;
  onSubmit: (form: FormData) => void;
  /** Whether the form shows errors, for the page's title. */
  onInvalid: (invalid: boolean) => void;
}) {
  const [by, setBy] = useState<CompareBy>(view.by);
  const [productId, setProductId] = useState(view.productId);
  const [typed, setTyped] = useState<Record<DateField, DateParts>>(() => ({
    activeOn: toDateParts(view.activeOn),
    signedAfter: toDateParts(view.signedAfter),
  }));
  const [shown, setShown] = useState<{ attempt: number; problems: Partial<Record<DateField, string>> }>({
    attempt: 0,
    problems: {},
  });
  const invalid = Object.keys(shown.problems).length > 0;
  useEffect(() => {
    onInvalid(invalid);
    return () => onInvalid(false);
  }, [invalid, onInvalid]);
  const searching = view.by === 'product' && view.search !== '';
  const { data } = useQuery(COMPARE_CHOICES_QUERY, {
    variables: {
      search: view.search,
      searching,
      productId: view.productId,
      hasProduct: view.productId !== '',
    },
  });
  const found = data?.products?.edges.map(({ node }) => node) ?? [];
  const chosen = data?.product ?? null;
  const products = chosen && !found.some((product) => product.id === chosen.id) ? [chosen, ...found] : found;

  const { dates, problems } = readFilterDates(typed, todayInEngland());
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShown(({ attempt }) => ({ attempt: attempt + 1, problems }));
    if (Object.keys(problems).length === 0) onSubmit(new FormData(event.currentTarget));
  };
  const dateInput = (field: DateField, legend: string, hint: string) => (
    <DateInput
      id={dateBoxIds[field]}
      legend={legend}
      legendSize="s"
      hint={hint}
      value={typed[field]}
      error={shown.problems[field]}
      onChange={(value) => setTyped((current) => ({ ...current, [field]: value }))}
    />
  );

  const productChoice = (
    <>
      <SearchInput
        id="compare-search"
        name="q"
        label="Search for a product"
        hint="Part of the product’s or the supplier’s name, for example sentinel"
        defaultValue={view.search}
      />
      {searching && data && found.length === 0 && (
        <p className="nhsuk-body" role="status">
          No products match {quoted(view.search)}. Check the spelling, or search for part of the name.
        </p>
      )}
      {products.length > 0 && (
        <Radios
          idPrefix="compare-product"
          name="product"
          legend="Choose a product"
          legendSize="s"
          options={products.map(productOption)}
          value={productId}
          onChange={setProductId}
          small
        />
      )}
      {searching && data?.products && data.products.totalCount > found.length && (
        <p className="nhsuk-body-s">
          Showing the first {found.length} of {data.products.totalCount}. Search for more of the name to find
          others.
        </p>
      )}
    </>
  );

  const unitSelect = (
    <Select
      id="compare-unit"
      name="unit"
      label="Pricing unit"
      hint="Prices are compared as a year’s price of one unit"
      defaultValue={pricingUnitSlugs[view.unit === 'PER_DAY' ? 'PER_USER' : view.unit]}
      options={pricingUnitOrder
        .filter((unit) => unit !== 'PER_DAY')
        .map((unit) => ({ value: pricingUnitSlugs[unit], label: pricingUnitChoices[unit] }))}
      fullWidth={false}
    />
  );

  return (
    <form className="concord-compare-form" onSubmit={submit} noValidate>
      {invalid && (
        <ErrorSummary
          key={shown.attempt}
          errors={(['activeOn', 'signedAfter'] as const).flatMap((field) => {
            const text = shown.problems[field];
            return text ? [{ text, href: `#${dateBoxIds[field]}` }] : [];
          })}
        />
      )}
      <Radios
        idPrefix="compare-by"
        name="by"
        legend="What do you want to compare?"
        legendSize="m"
        value={by}
        onChange={(value) => setBy(value as CompareBy)}
        options={[
          { value: 'product', label: 'A product', conditional: productChoice },
          {
            value: 'category',
            label: 'A category',
            hint: 'Every product in it, for example all electronic patient records',
            conditional: (
              <Select
                id="compare-category"
                name="category"
                label="Category"
                placeholder="Choose a category"
                defaultValue={view.category ? productCategorySlugs[view.category] : ''}
                options={productCategoryOrder.map((category) => ({
                  value: productCategorySlugs[category],
                  label: productCategoryLabels[category],
                }))}
                fullWidth={false}
              />
            ),
          },
          {
            value: 'role',
            label: 'A day rate for a role',
            hint: 'Professional services, compared per day',
            conditional: (
              <>
                <TextInput
                  id="compare-role"
                  name="role"
                  label="Role"
                  hint="As contracts name it, for example Solution architect"
                  defaultValue={view.role}
                  width={30}
                />
                <TextInput
                  id="compare-grade"
                  name="grade"
                  label="Grade (optional)"
                  hint="For example, Senior"
                  defaultValue={view.grade}
                  width={20}
                />
              </>
            ),
          },
        ]}
      />
      {by !== 'role' && unitSelect}
      <details className="nhsuk-details nhsuk-expander" open={toBenchmarkFilter(view) !== null || invalid}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Which trusts and contracts (optional)</span>
        </summary>
        <div className="nhsuk-details__text">
          <p className="nhsuk-body-s">
            Every trust’s contracts in force today are compared unless you choose here.
          </p>
          <RegionIcbSelects
            idPrefix="compare-"
            regions={data?.regions ?? []}
            icbs={data?.icbs ?? []}
            regionCode={view.regionCode}
            icbCode={view.icbCode}
            regionHint="Only trusts in one NHS England region"
            icbHint="Only trusts in one ICB"
            fullWidth={false}
          />
          <SlugCheckboxes
            name="type"
            legend="Kind of trust"
            hint="Every kind when you choose none"
            order={trustTypeOrder}
            slugs={trustTypeSlugs}
            labels={trustTypeLabels}
            chosen={view.trustTypes}
          />
          {dateInput(
            'activeOn',
            'In force on',
            'Contracts in force on this day; today if you leave it empty. For example, 31 3 2026',
          )}
          {dateInput(
            'signedAfter',
            'Started on or after',
            'Only contracts that started on or after this day. For example, 1 4 2024',
          )}
          <input type="hidden" name="in-force-on" value={dates.activeOn} />
          <input type="hidden" name="signed-after" value={dates.signedAfter} />
        </div>
      </details>
      <input type="hidden" name="sort" value={view.sort} />
      <button className="nhsuk-button" type="submit">
        Compare prices
      </button>
    </form>
  );
}
