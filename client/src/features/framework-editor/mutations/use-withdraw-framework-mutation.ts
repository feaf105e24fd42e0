import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { WithdrawFrameworkInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import { frameworkPath, type MutationOutcome } from './outcome';

const WITHDRAW_FRAMEWORK_MUTATION = graphql(`
  mutation WithdrawFramework($input: WithdrawFrameworkInput!) {
    withdrawFramework(input: $input) {
      framework {
        id
        reference
        status
        withdrawnReason
        rowVersion
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
 * Withdraws a published framework, then opens its page with a notice. Its status and reason change
 * in the cache at once; lists of frameworks (published ones by default) go, to be fetched again.
 */
export function useWithdrawFrameworkMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(WITHDRAW_FRAMEWORK_MUTATION);

  async function withdrawFramework(
    input: WithdrawFrameworkInput,
  ): Promise<MutationOutcome<{ reference: string }>> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (!data?.withdrawFramework.framework) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'frameworks' });
          cache.gc();
        },
      });
      payload = data?.withdrawFramework;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.framework) return { kind: 'refused', userErrors: payload.userErrors };
    const { reference } = payload.framework;
    const path = frameworkPath(reference);
    notify({ kind: 'success', text: `${reference} has been withdrawn.`, path });
    await navigate(path);
    return { kind: 'done', framework: { reference } };
  }

  return [withdrawFramework, { loading }] as const;
}
