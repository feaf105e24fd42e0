import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import type { CompareChoicesQuery } from '../../../gql/graphql';
import {
  pricingUnitChoices,
  pricingUnitOrder,
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
} from '../../../shared/labels/catalogue';
import { quoted } from '../../../shared/list/address';
import { Radios, type RadioOption } from '../../../shared/ui/radios';
import { SearchInput } from '../../../shared/ui/search-input';
import { Select } from '../../../shared/ui/select';
import { TextInput } from '../../../shared/ui/text-input';
import { pricingUnitSlugs, type CompareBy, type CompareView } from '../compare-params';

const COMPARE_CHOICES_QUERY = graphql(`
  query CompareChoices($search: String!, $searching: Boolean!, $productId: String!, $hasProduct: Boolean!) {
    regions {
      code
      name
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

/**
 * What to compare (a product found by searching, a category, or a role's day rate), in which unit
 * and where. Its fields have the address's names: submitting it (to search, or to compare) goes to
 * the address it describes.
 */
export function CompareForm({ view, onSubmit }: { view: CompareView; onSubmit: (form: FormData) => void }) {
  const [by, setBy] = useState<CompareBy>(view.by);
  const [productId, setProductId] = useState(view.productId);
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

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };

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
      <Select
        // Drawn again once the regions come, so the region in the address shows as chosen.
        key={data ? 'regions' : 'loading'}
        id="compare-region"
        name="region"
        label="Region (optional)"
        hint="Only trusts in one NHS England region"
        placeholder="Every region"
        defaultValue={view.regionCode}
        options={(data?.regions ?? []).map((region) => ({ value: region.code, label: region.name }))}
        fullWidth={false}
      />
      <input type="hidden" name="sort" value={view.sort} />
      <button className="nhsuk-button" type="submit">
        Compare prices
      </button>
    </form>
  );
}
