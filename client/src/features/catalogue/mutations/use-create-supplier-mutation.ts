import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateSupplierInput } from '../../../gql/graphql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useGoWithNotice } from '../../../shared/notices/notices';
import { supplierPath } from '../../../shared/paths';

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
  const goWithNotice = useGoWithNotice();
  const [mutate, { loading }] = useMutation(CREATE_SUPPLIER_MUTATION);

  async function createSupplier(input: CreateSupplierInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.createSupplier.supplier) forgetLists(cache, 'suppliers');
        },
      }).then(({ data }) => data?.createSupplier),
      (payload) => payload.supplier,
    );
    if (answer.kind !== 'saved') return answer;
    const supplier = answer.saved;
    await goWithNotice(supplierPath(supplier.id), `${supplier.name} has been added.`);
    return { kind: 'done' };
  }

  return [createSupplier, { loading }] as const;
}
