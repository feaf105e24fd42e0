import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useGoWithNotice } from '../../../shared/notices/notices';
import { frameworkPath } from '../../../shared/paths';
import { forgetSales, salesOf } from './forget-sales';

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
  const goWithNotice = useGoWithNotice();
  const [mutate, { loading }] = useMutation(PUBLISH_FRAMEWORK_MUTATION);

  async function publishFramework(input: {
    id: string;
    expectedRowVersion: number;
  }): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          const framework = data?.publishFramework.framework;
          if (!framework) return;
          forgetSales(cache, salesOf(framework.lots));
          forgetLists(cache, 'frameworks');
        },
      }).then(({ data }) => data?.publishFramework),
      (payload) => payload.framework,
    );
    if (answer.kind !== 'saved') return answer;
    const { reference } = answer.saved;
    await goWithNotice(
      frameworkPath(reference),
      `${reference} has been published. Trusts can now call off from it.`,
    );
    return { kind: 'done' };
  }

  return [publishFramework, { loading }] as const;
}
