import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { UpdateProductInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import { productPath } from '../paths';
import type { MutationOutcome } from './outcome';

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
 * product; lists of products go (a new name or category may move it in or out of a search), and so
 * does its supplier's list, which is sorted by name. Then the product's page, with a notice.
 */
export function useUpdateProductMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(UPDATE_PRODUCT_MUTATION);

  async function updateProduct(input: UpdateProductInput): Promise<MutationOutcome> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          const product = data?.updateProduct.product;
          if (!product) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'products' });
          cache.evict({
            id: cache.identify({ __typename: 'Supplier', id: product.supplier.id }),
            fieldName: 'products',
          });
          cache.gc();
        },
      });
      payload = data?.updateProduct;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.product) return { kind: 'refused', userErrors: payload.userErrors };
    const path = productPath(payload.product.id);
    notify({ kind: 'success', text: `Changes to ${payload.product.name} have been saved.`, path });
    await navigate(path);
    return { kind: 'done' };
  }

  return [updateProduct, { loading }] as const;
}
