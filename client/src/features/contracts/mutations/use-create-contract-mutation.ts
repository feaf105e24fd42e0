import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateContractInput } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';
import { contractPath } from '../../../shared/paths';

const CREATE_CONTRACT_MUTATION = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      contract {
        id
        reference
        status
        ...ContractPage_contract
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
 * Records a contract (or saves it as a draft) and opens its page with a notice. Cached pages of the
 * register no longer hold every contract, so they go, to be fetched again when next shown.
 */
export function useCreateContractMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(CREATE_CONTRACT_MUTATION);
  const createContract = (input: CreateContractInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.createContract.contract) forgetLists(cache, 'contracts');
        },
      }).then(({ data }) => data?.createContract),
      (payload) => payload.contract,
      ({ id, reference, status }) => ({
        path: contractPath(id),
        notice:
          status === 'DRAFT'
            ? `Draft ${reference} has been saved. Confirm it once it is complete.`
            : `Contract ${reference} has been recorded.`,
      }),
    );
  return [createContract, { loading }] as const;
}
