import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import { answerOf, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';

const ADD_PRODUCT_VERSION_MUTATION = graphql(`
  mutation AddProductVersion($input: AddProductVersionInput!) {
    addProductVersion(input: $input) {
      productVersion {
        id
        version
        releasedOn
        cataloguePrices {
          id
        }
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
 * Adds a version to a product: it joins the end of the product's versions in the cache (they are
 * oldest first), so the page shows it at once, and a notice says so.
 */
export function useAddProductVersionMutation(product: { id: string; name: string }) {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(ADD_PRODUCT_VERSION_MUTATION);

  async function addVersion(version: string, releasedOn: string | null): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input: { productId: product.id, version, releasedOn } },
        update: (cache, { data }) => {
          const added = data?.addProductVersion.productVersion;
          if (!added) return;
          cache.modify<{ versions: readonly Reference[] }>({
            id: cache.identify({ __typename: 'Product', id: product.id }),
            fields: {
              versions: (existing = [], { toReference }) => {
                const ref = toReference(added, true);
                return ref ? [...existing, ref] : existing;
              },
            },
          });
        },
      }).then(({ data }) => data?.addProductVersion),
      (payload) => payload.productVersion,
    );
    if (answer.kind !== 'saved') return answer;
    notify({
      kind: 'success',
      text: `Version ${answer.saved.version} of ${product.name} has been added.`,
      path: pathname,
    });
    return { kind: 'done' };
  }

  return [addVersion, { loading }] as const;
}
