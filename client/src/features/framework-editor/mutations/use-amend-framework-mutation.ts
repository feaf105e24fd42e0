import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AmendFrameworkInput } from '../../../gql/graphql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useGoWithNotice } from '../../../shared/notices/notices';
import { frameworkPath } from '../../../shared/paths';
import { forgetSales, salesOfAmendment } from './forget-sales';

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
 * the pages showing them fetch them again, and so do the lots and prices the supplier's and the
 * products' pages show; lists go too (an extension moves the end date).
 */
export function useAmendFrameworkMutation() {
  const goWithNotice = useGoWithNotice();
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(AMEND_FRAMEWORK_MUTATION);

  async function amendFramework(input: AmendFrameworkInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({ variables: { input } }).then(({ data }) => data?.amendFramework),
      (payload) => payload.framework,
    );
    if (answer.kind !== 'saved') return answer;
    const framework = answer.saved;
    // Read before the framework's lots go: the price an amendment replaces is among them.
    const sales = salesOfAmendment(client.cache, input);
    await goWithNotice(
      frameworkPath(framework.reference),
      `The amendment to ${framework.reference} has been recorded.`,
    );
    // Only once this page has gone, or it would fetch its own framework again on the way out.
    const { cache } = client;
    const id = cache.identify(framework);
    cache.evict({ id, fieldName: 'lots' });
    cache.evict({ id, fieldName: 'amendments' });
    forgetSales(cache, sales);
    forgetLists(cache, 'frameworks');
    return { kind: 'done' };
  }

  return [amendFramework, { loading }] as const;
}
