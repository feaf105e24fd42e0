import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { CreateFrameworkInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import { editPath, type MutationOutcome } from './outcome';

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
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(CREATE_FRAMEWORK_MUTATION);

  async function createFramework(
    input: CreateFrameworkInput,
  ): Promise<MutationOutcome<{ reference: string }>> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (!data?.createFramework.framework) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'frameworks' });
          cache.gc();
        },
      });
      payload = data?.createFramework;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.framework) return { kind: 'refused', userErrors: payload.userErrors };
    const { reference } = payload.framework;
    const path = editPath(reference);
    notify({
      kind: 'success',
      text: `Draft ${reference} has been created. Add its lots, suppliers and prices.`,
      path,
    });
    await navigate(path);
    return { kind: 'done', framework: { reference } };
  }

  return [createFramework, { loading }] as const;
}
