import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { CreateProductInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import { productPath } from '../paths';
import type { MutationOutcome } from './outcome';

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
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(CREATE_PRODUCT_MUTATION);

  async function createProduct(input: CreateProductInput): Promise<MutationOutcome> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          const product = data?.createProduct.product;
          if (!product) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'products' });
          cache.evict({
            id: cache.identify({ __typename: 'Supplier', id: product.supplier.id }),
            fieldName: 'products',
          });
          cache.gc();
        },
      });
      payload = data?.createProduct;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.product) return { kind: 'refused', userErrors: payload.userErrors };
    const path = productPath(payload.product.id);
    notify({ kind: 'success', text: `${payload.product.name} has been added.`, path });
    await navigate(path);
    return { kind: 'done' };
  }

  return [createProduct, { loading }] as const;
}
