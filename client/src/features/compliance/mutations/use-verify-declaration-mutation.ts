import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { VerifyDeclarationInput } from '../../../gql/graphql';
import { useLocation } from 'react-router';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';

const VERIFY_DECLARATION_MUTATION = graphql(`
  mutation VerifyDeclaration($input: VerifyDeclarationInput!) {
    verifyDeclaration(input: $input) {
      declaration {
        id
        standard {
          id
          name
        }
        ...DeclarationPage_declaration
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
 * Marks a declaration verified. The answer replaces the cached declaration, so its page shows the
 * outcome at once; the verification queue and the lists that count verified declarations go. The
 * page, which stays open, then says so in a notice.
 */
export function useVerifyDeclarationMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(VERIFY_DECLARATION_MUTATION);
  async function verifyDeclaration(input: VerifyDeclarationInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.verifyDeclaration.declaration) forgetLists(cache, 'declarations', 'declarationHistory');
        },
      }).then(({ data }) => data?.verifyDeclaration),
      (payload) => payload.declaration,
    );
    if (answer.kind !== 'saved') return answer;
    notify({
      kind: 'success',
      text: `The declaration against ${answer.saved.standard.name} has been verified.`,
      path: pathname,
    });
    return { kind: 'done' };
  }
  return [verifyDeclaration, { loading }] as const;
}
