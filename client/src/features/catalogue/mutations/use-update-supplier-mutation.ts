import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { UpdateSupplierInput } from '../../../gql/graphql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useGoWithNotice } from '../../../shared/notices/notices';
import { supplierPath } from '../../../shared/paths';

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
  const goWithNotice = useGoWithNotice();
  const [mutate, { loading }] = useMutation(UPDATE_SUPPLIER_MUTATION);

  async function updateSupplier(input: UpdateSupplierInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.updateSupplier.supplier) forgetLists(cache, 'suppliers');
        },
      }).then(({ data }) => data?.updateSupplier),
      (payload) => payload.supplier,
    );
    if (answer.kind !== 'saved') return answer;
    const supplier = answer.saved;
    await goWithNotice(supplierPath(supplier.id), `Changes to ${supplier.name} have been saved.`);
    return { kind: 'done' };
  }

  return [updateSupplier, { loading }] as const;
}
