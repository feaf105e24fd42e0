import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { DeclareComplianceInput } from '../../../gql/graphql';
import { useSaveThenShow } from '../../../shared/graphql/mutation';
import { declarationPath } from '../../../shared/paths';
import { forgetDeclarationLists } from './forget-declaration-lists';

const DECLARE_COMPLIANCE_MUTATION = graphql(`
  mutation DeclareCompliance($input: DeclareComplianceInput!) {
    declareCompliance(input: $input) {
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
 * Declares compliance with a standard for the first time, then opens the declaration's page with a
 * notice. Cached lists of declarations and histories no longer hold every declaration, so they go.
 */
export function useDeclareComplianceMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(DECLARE_COMPLIANCE_MUTATION);
  const declareCompliance = (input: DeclareComplianceInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.declareCompliance.declaration) forgetDeclarationLists(cache);
        },
      }).then(({ data }) => data?.declareCompliance),
      (payload) => payload.declaration,
      ({ id, standard }) => ({
        path: declarationPath(id),
        notice: `Your declaration against ${standard.name} has been saved. A central team will verify it.`,
      }),
    );
  return [declareCompliance, { loading }] as const;
}
