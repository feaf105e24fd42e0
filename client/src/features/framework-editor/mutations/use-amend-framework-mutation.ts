import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { AmendFrameworkInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import { frameworkPath, type MutationOutcome } from './outcome';

const AMEND_FRAMEWORK_MUTATION = graphql(`
  mutation AmendFramework($input: AmendFrameworkInput!) {
    amendFramework(input: $input) {
      framework {
        id
        reference
        status
        rowVersion
        endDate
        updatedAt
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
 * Records one amendment, then opens the framework's page with a notice. An amendment adds an award
 * or replaces a price, and adds to the history: the framework's cached lots and amendments go, so
 * the pages showing them fetch them again; lists go too (an extension moves the end date).
 */
export function useAmendFrameworkMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(AMEND_FRAMEWORK_MUTATION);

  async function amendFramework(input: AmendFrameworkInput): Promise<MutationOutcome<{ reference: string }>> {
    let payload;
    try {
      const { data } = await mutate({ variables: { input } });
      payload = data?.amendFramework;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.framework) return { kind: 'refused', userErrors: payload.userErrors };
    const { reference } = payload.framework;
    const path = frameworkPath(reference);
    notify({ kind: 'success', text: `The amendment to ${reference} has been recorded.`, path });
    await navigate(path);
    // Only once this page has gone, or it would fetch its own framework again on the way out.
    const id = client.cache.identify(payload.framework);
    client.cache.evict({ id, fieldName: 'lots' });
    client.cache.evict({ id, fieldName: 'amendments' });
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'frameworks' });
    client.cache.gc();
    return { kind: 'done', framework: { reference } };
  }

  return [amendFramework, { loading }] as const;
}
