import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { WithdrawFrameworkInput } from '../../../gql/graphql';
import { useSaveThenShow } from '../../../shared/graphql/mutation';
import { frameworkPath } from '../../../shared/paths';
import { forgetWhatItSold } from './forget-sales';

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
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(WITHDRAW_FRAMEWORK_MUTATION);
  const withdrawFramework = (input: WithdrawFrameworkInput) =>
    saveThenShow(
      mutate({ variables: { input }, update: forgetWhatItSold('withdrawFramework') }).then(
        ({ data }) => data?.withdrawFramework,
      ),
      (payload) => payload.framework,
      ({ reference }) => ({ path: frameworkPath(reference), notice: `${reference} has been withdrawn.` }),
    );
  return [withdrawFramework, { loading }] as const;
}
