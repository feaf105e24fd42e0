import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { FrameworkVersionInput } from '../../../gql/graphql';
import { useSaveThenShow } from '../../../shared/graphql/mutation';
import { frameworkPath } from '../../../shared/paths';
import { forgetWhatItSold } from './forget-sales';

const PUBLISH_FRAMEWORK_MUTATION = graphql(`
  mutation PublishFramework($input: FrameworkVersionInput!) {
    publishFramework(input: $input) {
      framework {
        id
        reference
        status
        rowVersion
        publishedAt
        updatedAt
        ocdsUrl
        viewerCanEdit
        viewerCanAmend
        ...ForgetSales_framework
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
 * Publishes a draft, then opens the framework's page with a notice. The framework's status changes
 * in the cache at once; lists of frameworks (published ones by default) go, to be fetched again,
 * and so do the lots and prices its suppliers' and products' pages show (`forgetSales`).
 */
export function usePublishFrameworkMutation() {
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(PUBLISH_FRAMEWORK_MUTATION);
  const publishFramework = (input: FrameworkVersionInput) =>
    saveThenShow(
      mutate({ variables: { input }, update: forgetWhatItSold('publishFramework') }).then(
        ({ data }) => data?.publishFramework,
      ),
      (payload) => payload.framework,
      ({ reference }) => ({
        path: frameworkPath(reference),
        notice: `${reference} has been published. Trusts can now call off from it.`,
      }),
    );
  return [publishFramework, { loading }] as const;
}
