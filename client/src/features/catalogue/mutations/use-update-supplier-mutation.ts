import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { UpdateSupplierInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import { supplierPath } from '../paths';
import type { MutationOutcome } from './outcome';

const UPDATE_SUPPLIER_MUTATION = graphql(`
  mutation UpdateSupplier($input: UpdateSupplierInput!) {
    updateSupplier(input: $input) {
      supplier {
        id
        ...SupplierSummary_supplier
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
 * Saves a supplier's details, sending the version the person loaded. The answer replaces the cached
 * supplier (everywhere it shows, the header included); lists go, since a new name or number may move
 * it in or out of a search. Then the supplier's page, with a notice.
 */
export function useUpdateSupplierMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(UPDATE_SUPPLIER_MUTATION);

  async function updateSupplier(input: UpdateSupplierInput): Promise<MutationOutcome> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (!data?.updateSupplier.supplier) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'suppliers' });
          cache.gc();
        },
      });
      payload = data?.updateSupplier;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.supplier) return { kind: 'refused', userErrors: payload.userErrors };
    const path = supplierPath(payload.supplier.id);
    notify({ kind: 'success', text: `Changes to ${payload.supplier.name} have been saved.`, path });
    await navigate(path);
    return { kind: 'done' };
  }

  return [updateSupplier, { loading }] as const;
}
