import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { UpdateProductInput } from '../../../gql/graphql';
import { useSaveThenShow } from '../../../shared/graphql/mutation';
import { productPath } from '../../../shared/paths';
import { forgetProductLists } from './forget-product-lists';

const UPDATE_PRODUCT_MUTATION = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      product {
        id
        ...ProductSummary_product
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * Saves a product's details, sending the version the person loaded. The answer replaces the cached
 * product; lists of products go, and so does its supplier's list. Then the product's page, with a
 * notice.
 */
export function useUpdateProductMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(UPDATE_PRODUCT_MUTATION);
  const updateProduct = (input: UpdateProductInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          const product = data?.updateProduct.product;
          if (product) forgetProductLists(cache, product.supplier.id);
        },
      }).then(({ data }) => data?.updateProduct),
      (payload) => payload.product,
      (product) => ({ path: productPath(product.id), notice: `Changes to ${product.name} have been saved.` }),
    );
  return [updateProduct, { loading }] as const;
}
