import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { WithdrawFrameworkInput } from '../../../gql/graphql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useGoWithNotice } from '../../../shared/notices/notices';
import { frameworkPath } from '../../../shared/paths';
import { forgetSales, salesOf } from './forget-sales';

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
 * Withdraws a published framework, then opens its page with a notice. Its status and reason change
 * in the cache at once; lists of frameworks (published ones by default) go, to be fetched again,
 * and so do the lots and prices its suppliers' and products' pages show (`forgetSales`).
 */
export function useWithdrawFrameworkMutation() {
  const goWithNotice = useGoWithNotice();
  const [mutate, { loading }] = useMutation(WITHDRAW_FRAMEWORK_MUTATION);

  async function withdrawFramework(input: WithdrawFrameworkInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          const framework = data?.withdrawFramework.framework;
          if (!framework) return;
          forgetSales(cache, salesOf(framework.lots));
          forgetLists(cache, 'frameworks');
        },
      }).then(({ data }) => data?.withdrawFramework),
      (payload) => payload.framework,
    );
    if (answer.kind !== 'saved') return answer;
    const { reference } = answer.saved;
    await goWithNotice(frameworkPath(reference), `${reference} has been withdrawn.`);
    return { kind: 'done' };
  }

  return [withdrawFramework, { loading }] as const;
}
