import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { UpdateContractInput } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';
import { contractPath } from '../../../shared/paths';

const UPDATE_CONTRACT_MUTATION = graphql(`
  mutation UpdateContract($input: UpdateContractInput!) {
    updateContract(input: $input) {
      contract {
        id
        reference
        ...ContractPage_contract
        ...ContractForm_contract
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
 * Saves a contract whole, with the version the person loaded. The answer replaces the cached
 * contract (its page and its form agree at once); pages of the register go, since its dates, value
 * or lines may move it in or out of a view. Then the contract's page, with a notice.
 */
export function useUpdateContractMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(UPDATE_CONTRACT_MUTATION);
  const updateContract = (input: UpdateContractInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.updateContract.contract) forgetLists(cache, 'contracts');
        },
      }).then(({ data }) => data?.updateContract),
      (payload) => payload.contract,
      ({ id, reference }) => ({ path: contractPath(id), notice: `Changes to ${reference} have been saved.` }),
    );
  return [updateContract, { loading }] as const;
}
