import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateProductInput } from '../../../gql/graphql';
import { useSaveThenShow } from '../../../shared/graphql/mutation';
import { productPath } from '../../../shared/paths';
import { forgetProductLists } from './forget-product-lists';

const CREATE_PRODUCT_MUTATION = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
        ...ProductSummary_product
        ...ProductVersions_product
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
 * Adds a product with its first versions, then opens its page with a notice. Lists of products and
 * the supplier's own list no longer hold everything, so they go and are fetched again when shown.
 */
export function useCreateProductMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(CREATE_PRODUCT_MUTATION);
  const createProduct = (input: CreateProductInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          const product = data?.createProduct.product;
          if (product) forgetProductLists(cache, product.supplier.id);
        },
      }).then(({ data }) => data?.createProduct),
      (payload) => payload.product,
      (product) => ({ path: productPath(product.id), notice: `${product.name} has been added.` }),
    );
  return [createProduct, { loading }] as const;
}
