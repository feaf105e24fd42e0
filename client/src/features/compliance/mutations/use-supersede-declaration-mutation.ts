import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { SupersedeDeclarationInput } from '../../../gql/graphql';
import { useSaveThenShow } from '../../../shared/graphql/mutation';
import { declarationPath } from '../../../shared/paths';
import { forgetDeclarationLists } from './forget-declaration-lists';

const SUPERSEDE_DECLARATION_MUTATION = graphql(`
  mutation SupersedeDeclaration($input: SupersedeDeclarationInput!) {
    supersedeDeclaration(input: $input) {
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
 * Replaces the current declaration with a new one, then opens the new one's page with a notice. The
 * replaced declaration is no longer current (nor can it be superseded or verified), so its cached copy
 * goes, with the lists and histories that held it.
 */
export function useSupersedeDeclarationMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(SUPERSEDE_DECLARATION_MUTATION);
  const supersedeDeclaration = (input: SupersedeDeclarationInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (!data?.supersedeDeclaration.declaration) return;
          cache.evict({ id: cache.identify({ __typename: 'ComplianceDeclaration', id: input.id }) });
          forgetDeclarationLists(cache);
        },
      }).then(({ data }) => data?.supersedeDeclaration),
      (payload) => payload.declaration,
      ({ id, standard }) => ({
        path: declarationPath(id),
        notice: `Your new declaration against ${standard.name} has replaced the previous one, which stays in the history.`,
      }),
    );
  return [supersedeDeclaration, { loading }] as const;
}
