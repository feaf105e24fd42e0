import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ChooseContractImportMatchesInput, ContractImportStatus } from '../../../gql/graphql';
import { answerOf, type MutationOutcome } from '../../../shared/graphql/mutation';

const CHOOSE_CONTRACT_IMPORT_MATCHES_MUTATION = graphql(`
  mutation ChooseContractImportMatches($input: ChooseContractImportMatchesInput!) {
    chooseContractImportMatches(input: $input) {
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
 * Saves which record each name under review means; the server checks the file again with them. The
 * answer is the whole import as the wizard shows it, so the cached import (and the step the page
 * shows) changes at once: to the import when nothing is left to settle, or back to the problems a
 * choice revealed. Sending no choices just checks the file again (after a failed import).
 */
export function useChooseContractImportMatchesMutation() {
  const [mutate, { loading }] = useMutation(CHOOSE_CONTRACT_IMPORT_MATCHES_MUTATION);
  async function chooseMatches(
    input: ChooseContractImportMatchesInput,
  ): Promise<MutationOutcome<{ status: ContractImportStatus }>> {
    const answer = await answerOf(
      mutate({ variables: { input } }).then(({ data }) => data?.chooseContractImportMatches),
      (payload) => payload.contractImport,
    );
    return answer.kind === 'saved' ? { kind: 'done', status: answer.saved.status } : answer;
  }
  return [chooseMatches, { loading }] as const;
}
