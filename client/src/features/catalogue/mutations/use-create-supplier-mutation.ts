import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateSupplierInput } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';
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
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(CREATE_SUPPLIER_MUTATION);
  const createSupplier = (input: CreateSupplierInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.createSupplier.supplier) forgetLists(cache, 'suppliers');
        },
      }).then(({ data }) => data?.createSupplier),
      (payload) => payload.supplier,
      (supplier) => ({ path: supplierPath(supplier.id), notice: `${supplier.name} has been added.` }),
    );
  return [createSupplier, { loading }] as const;
}
