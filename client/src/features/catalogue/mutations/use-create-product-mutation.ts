import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateProductInput } from '../../../gql/graphql';
import { answerOf, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useGoWithNotice } from '../../../shared/notices/notices';
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
  const goWithNotice = useGoWithNotice();
  const [mutate, { loading }] = useMutation(CREATE_PRODUCT_MUTATION);

  async function createProduct(input: CreateProductInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          const product = data?.createProduct.product;
          if (product) forgetProductLists(cache, product.supplier.id);
        },
      }).then(({ data }) => data?.createProduct),
      (payload) => payload.product,
    );
    if (answer.kind !== 'saved') return answer;
    const product = answer.saved;
    await goWithNotice(productPath(product.id), `${product.name} has been added.`);
    return { kind: 'done' };
  }

  return [createProduct, { loading }] as const;
}
