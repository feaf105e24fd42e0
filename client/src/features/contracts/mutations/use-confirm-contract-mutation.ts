import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { ContractVersionInput } from '../../../gql/graphql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';

const CONFIRM_CONTRACT_MUTATION = graphql(`
  mutation ConfirmContract($input: ContractVersionInput!) {
    confirmContract(input: $input) {
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
 * Confirms a draft: it becomes active and counts in comparisons. The answer replaces the cached
 * contract, so its page changes where it is, with a notice; the register's pages go.
 */
export function useConfirmContractMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(CONFIRM_CONTRACT_MUTATION);
  async function confirmContract(input: ContractVersionInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.confirmContract.contract) forgetLists(cache, 'contracts');
        },
      }).then(({ data }) => data?.confirmContract),
      (payload) => payload.contract,
    );
    if (answer.kind !== 'saved') return answer;
    notify({
      kind: 'success',
      text: `${answer.saved.reference} has been confirmed. Its prices now count in comparisons.`,
      path: pathname,
    });
    return { kind: 'done' };
  }
  return [confirmContract, { loading }] as const;
}
