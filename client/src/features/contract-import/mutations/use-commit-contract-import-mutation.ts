import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { answerOf, type MutationOutcome } from '../../../shared/graphql/mutation';

const COMMIT_CONTRACT_IMPORT_MUTATION = graphql(`
  mutation CommitContractImport($input: CommitContractImportInput!) {
    commitContractImport(input: $input) {
      contractImport {
        id
        ...ContractImportWizard_contractImport
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
 * Starts importing a checked file. The server answers at once with the import IMPORTING, which
 * replaces the cached one: the page shows the progress and polls until the import ends.
 */
export function useCommitContractImportMutation() {
  const [mutate, { loading }] = useMutation(COMMIT_CONTRACT_IMPORT_MUTATION);
  async function commitImport(id: string): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({ variables: { input: { id } } }).then(({ data }) => data?.commitContractImport),
      (payload) => payload.contractImport,
    );
    return answer.kind === 'saved' ? { kind: 'done' } : answer;
  }
  return [commitImport, { loading }] as const;
}
