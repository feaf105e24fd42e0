import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { UpdateSupplierInput } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';
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
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(UPDATE_SUPPLIER_MUTATION);
  const updateSupplier = (input: UpdateSupplierInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.updateSupplier.supplier) forgetLists(cache, 'suppliers');
        },
      }).then(({ data }) => data?.updateSupplier),
      (payload) => payload.supplier,
      (supplier) => ({
        path: supplierPath(supplier.id),
        notice: `Changes to ${supplier.name} have been saved.`,
      }),
    );
  return [updateSupplier, { loading }] as const;
}
