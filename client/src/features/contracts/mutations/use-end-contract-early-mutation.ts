import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { EndContractEarlyInput } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';
import { contractPath } from '../../../shared/paths';

const END_CONTRACT_EARLY_MUTATION = graphql(`
  mutation EndContractEarly($input: EndContractEarlyInput!) {
    endContractEarly(input: $input) {
      contract {
        id
        reference
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
 * Ends a contract early, then opens its page with a notice. The answer brings the new end date, the
 * reason and every line's figures worked out again over the shorter term; the register's pages go.
 */
export function useEndContractEarlyMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(END_CONTRACT_EARLY_MUTATION);
  const endContractEarly = (input: EndContractEarlyInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.endContractEarly.contract) forgetLists(cache, 'contracts');
        },
      }).then(({ data }) => data?.endContractEarly),
      (payload) => payload.contract,
      ({ id, reference }) => ({ path: contractPath(id), notice: `${reference} has been ended early.` }),
    );
  return [endContractEarly, { loading }] as const;
}
