import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { VerifyDeclarationInput } from '../../../gql/graphql';
import { answerOf, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';
import { forgetDeclarationLists } from './forget-declaration-lists';

/** What a verification or a rejection answers with: the declaration as its page shows it. */
export const DecideDeclaration_payload = graphql(`
  fragment DecideDeclaration_payload on VerificationPayload {
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
`);

const VERIFY_DECLARATION_MUTATION = graphql(`
  mutation VerifyDeclaration($input: VerifyDeclarationInput!) {
    verifyDeclaration(input: $input) {
      ...DecideDeclaration_payload
    }
  }
`);

const REJECT_DECLARATION_MUTATION = graphql(`
  mutation RejectDeclaration($input: VerifyDeclarationInput!) {
    rejectDeclaration(input: $input) {
      ...DecideDeclaration_payload
    }
  }
`);

const forgetOnceSaved = (cache: ApolloCache, payload: { declaration: unknown } | undefined) => {
  if (payload?.declaration) forgetDeclarationLists(cache);
};

/** A central team's decision on a declaration: its evidence supports it, or it does not. */
export type DeclarationDecision = 'verify' | 'reject';

/**
 * Verifies a declaration, or rejects it, saying why (the declarer sees the comment). The answer
 * replaces the cached declaration, so its page, which stays open (and keeps where its back link
 * leads), shows the outcome at once; the verification queue and the lists that show its state go.
 * Then a notice on the page.
 */
export function useDecideDeclarationMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [verify, verifying] = useMutation(VERIFY_DECLARATION_MUTATION);
  const [reject, rejecting] = useMutation(REJECT_DECLARATION_MUTATION);

  async function decideDeclaration(
    decision: DeclarationDecision,
    input: VerifyDeclarationInput,
  ): Promise<MutationOutcome> {
    const variables = { input };
    const answer = await answerOf(
      decision === 'verify'
        ? verify({
            variables,
            update: (cache, { data }) => forgetOnceSaved(cache, data?.verifyDeclaration),
          }).then(({ data }) => data?.verifyDeclaration)
        : reject({
            variables,
            update: (cache, { data }) => forgetOnceSaved(cache, data?.rejectDeclaration),
          }).then(({ data }) => data?.rejectDeclaration),
      (payload) => payload.declaration,
    );
    if (answer.kind !== 'saved') return answer;
    const standard = answer.saved.standard.name;
    notify({
      kind: 'success',
      text:
        decision === 'verify'
          ? `The declaration against ${standard} has been verified.`
          : `The declaration against ${standard} has been rejected. Its declarer will see your comment.`,
      path: pathname,
    });
    return { kind: 'done' };
  }

  return [decideDeclaration, { loading: verifying.loading || rejecting.loading }] as const;
}
