import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { UpdateStandardInput } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';
import { standardPath } from '../../../shared/paths';

const UPDATE_STANDARD_MUTATION = graphql(`
  mutation UpdateStandard($input: UpdateStandardInput!) {
    updateStandard(input: $input) {
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
 * Saves a standard, sending the version the person loaded. The answer replaces the cached standard
 * (a lookup by its old code still finds it, which is right: it is the same standard); the catalogue
 * goes, since a new area, status or code moves it; and the standard it used to replace forgets its
 * successor. Then its page, at its code as saved, with a notice.
 */
export function useUpdateStandardMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(UPDATE_STANDARD_MUTATION);
  const updateStandard = (input: UpdateStandardInput, previouslySupersededId: string | null) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          const standard = data?.updateStandard.standard;
          if (!standard) return;
          if (previouslySupersededId && previouslySupersededId !== standard.supersedes?.id) {
            cache.evict({
              id: cache.identify({ __typename: 'Standard', id: previouslySupersededId }),
              fieldName: 'supersededBy',
            });
          }
          forgetLists(cache, 'standards');
        },
      }).then(({ data }) => data?.updateStandard),
      (payload) => payload.standard,
      ({ code }) => ({ path: standardPath(code), notice: `Changes to ${code} have been saved.` }),
    );
  return [updateStandard, { loading }] as const;
}
