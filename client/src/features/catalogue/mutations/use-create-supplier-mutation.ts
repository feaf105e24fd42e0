import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { CreateSupplierInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import { supplierPath } from '../paths';
import type { MutationOutcome } from './outcome';

const CREATE_SUPPLIER_MUTATION = graphql(`
  mutation CreateSupplier($input: CreateSupplierInput!) {
    createSupplier(input: $input) {
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
 * Adds a supplier, then opens its page with a notice. Lists of suppliers cached so far no longer
 * hold every supplier, so they go and are fetched again when next shown.
 */
export function useCreateSupplierMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(CREATE_SUPPLIER_MUTATION);

  async function createSupplier(input: CreateSupplierInput): Promise<MutationOutcome> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (!data?.createSupplier.supplier) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'suppliers' });
          cache.gc();
        },
      });
      payload = data?.createSupplier;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.supplier) return { kind: 'refused', userErrors: payload.userErrors };
    const path = supplierPath(payload.supplier.id);
    notify({ kind: 'success', text: `${payload.supplier.name} has been added.`, path });
    await navigate(path);
    return { kind: 'done' };
  }

  return [createSupplier, { loading }] as const;
}
