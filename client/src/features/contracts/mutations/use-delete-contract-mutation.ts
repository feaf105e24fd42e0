import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ContractVersionInput } from '../../../gql/graphql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useGoWithNotice } from '../../../shared/notices/notices';
import { contractsPath } from '../../../shared/paths';

const DELETE_CONTRACT_MUTATION = graphql(`
  mutation DeleteContract($input: ContractVersionInput!) {
    deleteContract(input: $input) {
      deletedContractId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * Deletes a draft and returns to the register with a notice. The register's pages go at once; the
 * draft itself leaves the cache once its page is gone, so the page never shows it missing.
 */
export function useDeleteContractMutation() {
  const goWithNotice = useGoWithNotice();
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(DELETE_CONTRACT_MUTATION);
  async function deleteContract(input: ContractVersionInput, reference: string): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.deleteContract.deletedContractId) forgetLists(cache, 'contracts');
        },
      }).then(({ data }) => data?.deleteContract),
      (payload) => payload.deletedContractId,
    );
    if (answer.kind !== 'saved') return answer;
    await goWithNotice(contractsPath, `Draft ${reference} has been deleted.`);
    client.cache.evict({ id: client.cache.identify({ __typename: 'Contract', id: answer.saved }) });
    client.cache.gc();
    return { kind: 'done' };
  }
  return [deleteContract, { loading }] as const;
}
