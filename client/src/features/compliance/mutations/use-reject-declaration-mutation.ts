import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { VerifyDeclarationInput } from '../../../gql/graphql';
import { useLocation } from 'react-router';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';

const REJECT_DECLARATION_MUTATION = graphql(`
  mutation RejectDeclaration($input: VerifyDeclarationInput!) {
    rejectDeclaration(input: $input) {
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
 * Rejects a declaration, saying why (the declarer sees the comment). The answer replaces the cached
 * declaration; the verification queue and the lists that show its state go; then a notice on the
 * page, which stays open (and keeps where its back link leads).
 */
export function useRejectDeclarationMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(REJECT_DECLARATION_MUTATION);
  async function rejectDeclaration(input: VerifyDeclarationInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.rejectDeclaration.declaration) forgetLists(cache, 'declarations', 'declarationHistory');
        },
      }).then(({ data }) => data?.rejectDeclaration),
      (payload) => payload.declaration,
    );
    if (answer.kind !== 'saved') return answer;
    notify({
      kind: 'success',
      text: `The declaration against ${answer.saved.standard.name} has been rejected. Its declarer will see your comment.`,
      path: pathname,
    });
    return { kind: 'done' };
  }
  return [rejectDeclaration, { loading }] as const;
}
