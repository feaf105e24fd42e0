import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateFrameworkInput } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';
import { editFrameworkPath } from '../../../shared/paths';

const CREATE_FRAMEWORK_MUTATION = graphql(`
  mutation CreateFramework($input: CreateFrameworkInput!) {
    createFramework(input: $input) {
      framework {
        id
        reference
        title
        status
        viewerCanEdit
        viewerCanAmend
        ...DraftEditor_framework
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
 * Creates a draft framework and opens it in the editor with a notice. Cached framework lists no
 * longer hold every draft, so they go, to be fetched again when next shown.
 */
export function useCreateFrameworkMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(CREATE_FRAMEWORK_MUTATION);
  const createFramework = (input: CreateFrameworkInput) =>
    saveThenShow(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.createFramework.framework) forgetLists(cache, 'frameworks');
        },
      }).then(({ data }) => data?.createFramework),
      (payload) => payload.framework,
      ({ reference }) => ({
        path: editFrameworkPath(reference),
        notice: `Draft ${reference} has been created. Add its lots, suppliers and prices.`,
      }),
    );
  return [createFramework, { loading }] as const;
}
