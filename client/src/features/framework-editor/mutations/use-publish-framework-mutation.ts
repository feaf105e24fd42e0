import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { useNotify } from '../../../shared/notices/notices';
import { frameworkPath, type MutationOutcome } from './outcome';

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
 * in the cache at once; lists of frameworks (published ones by default) go, to be fetched again.
 */
export function usePublishFrameworkMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(PUBLISH_FRAMEWORK_MUTATION);

  async function publishFramework(input: {
    id: string;
    expectedRowVersion: number;
  }): Promise<MutationOutcome<{ reference: string }>> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (!data?.publishFramework.framework) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'frameworks' });
          cache.gc();
        },
      });
      payload = data?.publishFramework;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.framework) return { kind: 'refused', userErrors: payload.userErrors };
    const { reference } = payload.framework;
    const path = frameworkPath(reference);
    notify({
      kind: 'success',
      text: `${reference} has been published. Trusts can now call off from it.`,
      path,
    });
    await navigate(path);
    return { kind: 'done', framework: { reference } };
  }

  return [publishFramework, { loading }] as const;
}
