import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../../gql';
import type { AmendFrameworkInput } from '../../../gql/graphql';
import { forgetLists } from '../../../shared/graphql/mutation';

/**
 * What a framework sells through, as the publish and withdraw answers select it: the suppliers it
 * approves and the product versions it prices.
 */
export const ForgetSales_framework = graphql(`
  fragment ForgetSales_framework on Framework {
    id
    lots {
      id
      awards {
        id
        supplier {
          id
        }
        prices {
          id
          productVersion {
            id
          }
        }
      }
    }
  }
`);

const CHANGED_PRICE = graphql(`
  fragment ForgetSales_price on CataloguePrice {
    id
    productVersion {
      id
    }
  }
`);

/** Suppliers and product versions whose pages show what a framework sells. */
export type Sales = { supplierIds: readonly string[]; productVersionIds: readonly string[] };

type LotsLike = readonly {
  awards: readonly {
    supplier: { id: string };
    prices: readonly { productVersion: { id: string } }[];
  }[];
}[];

export function salesOf(lots: LotsLike): Sales {
  const awards = lots.flatMap((lot) => lot.awards);
  return {
    supplierIds: awards.map((award) => award.supplier.id),
    productVersionIds: awards.flatMap((award) => award.prices.map((price) => price.productVersion.id)),
  };
}

/**
 * What an amendment changes in public: the supplier it adds (and the versions it prices), or the
 * version whose price it replaces (read from the cache, where the amendment form loaded it).
 */
export function salesOfAmendment(cache: ApolloCache, input: AmendFrameworkInput): Sales {
  const added = input.addAward?.award;
  const changed = input.changePrice
    ? cache.readFragment({
        id: cache.identify({ __typename: 'CataloguePrice', id: input.changePrice.priceId }),
        fragment: CHANGED_PRICE,
      })
    : null;
  return {
    supplierIds: added ? [added.supplierId] : [],
    productVersionIds: [
      ...(added?.prices.map((price) => price.productVersionId) ?? []),
      ...(changed ? [changed.productVersion.id] : []),
    ],
  };
}

/**
 * After a framework is published, amended or withdrawn, the lots a supplier is approved on
 * (`Supplier.awards`) and a version's prices on published frameworks (`ProductVersion.cataloguePrices`)
 * no longer match what the cache holds for those it sells through: they go, and the supplier and
 * product pages fetch them again when next shown.
 */
export function forgetSales(cache: ApolloCache, { supplierIds, productVersionIds }: Sales): void {
  for (const id of new Set(supplierIds)) {
    cache.evict({ id: cache.identify({ __typename: 'Supplier', id }), fieldName: 'awards' });
  }
  for (const id of new Set(productVersionIds)) {
    cache.evict({ id: cache.identify({ __typename: 'ProductVersion', id }), fieldName: 'cataloguePrices' });
  }
  cache.gc();
}

/**
 * The cache update of publishing and withdrawing (the answer under `field`): lists of frameworks go
 * (their statuses changed), and so does what the framework sells through.
 */
export function forgetWhatItSold<K extends string>(field: K) {
  return (
    cache: ApolloCache,
    { data }: { data?: Record<K, { framework: { lots: LotsLike } | null }> | null },
  ) => {
    const framework = data?.[field].framework;
    if (!framework) return;
    forgetSales(cache, salesOf(framework.lots));
    forgetLists(cache, 'frameworks');
  };
}
