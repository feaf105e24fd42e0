import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateStandardInput } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';
import { standardPath } from '../../../shared/paths';

const CREATE_STANDARD_MUTATION = graphql(`
  mutation CreateStandard($input: CreateStandardInput!) {
    createStandard(input: $input) {
      standard {
        id
        ...StandardSummary_standard
        supersedes {
          id
          supersededBy {
            id
            code
            name
          }
        }
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
 * Adds a standard, then opens its page with a notice. The catalogue cached so far no longer holds
 * every standard, so it goes; the standard it replaces learns its successor from the answer.
 */
export function useCreateStandardMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(CREATE_STANDARD_MUTATION);
  const createStandard = (input: CreateStandardInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.createStandard.standard) forgetLists(cache, 'standards');
        },
      }).then(({ data }) => data?.createStandard),
      (payload) => payload.standard,
      ({ code }) => ({ path: standardPath(code), notice: `${code} has been added to the catalogue.` }),
    );
  return [createStandard, { loading }] as const;
}
