import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo, type FormEvent } from 'react';
import { describeError, retry } from '../graphql/describe-error';
import { usePageTitle } from '../hooks/use-page-title';
import { formToParams } from './address';
import { listProblem } from './list-results';
import { useListAddress } from './use-list-address';

// `useQuery` with one shape of options whatever the variables: its overloads cannot tell, for a
// generic `TVariables`, whether the variables are optional.
const useListQuery = useQuery as unknown as <TData, TVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  options: typeof skipToken | { variables: TVariables },
) => {
  data: TData | undefined;
  previousData: TData | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
};

/**
 * A list page's view, query and problem: the view read from the address (`parse`), the list's one
 * query for it (`variables`), skipped when the address cannot be read (it is explained, not
 * half-obeyed), and the page's title, which says "Error:" while there is a problem. `submitFilters`
 * reads the filter form (whose fields share the address's names) and goes to `address(view)` of it.
 */
export function useListPage<
  V extends { problems: readonly string[] },
  TData,
  TVariables extends OperationVariables,
>({
  title,
  query,
  parse,
  variables,
}: {
  title: string;
  query: TypedDocumentNode<TData, TVariables>;
  parse: (params: URLSearchParams) => V;
  variables: (view: V) => TVariables;
}) {
  const address = useListAddress();
  const { searchParams } = address;
  const view = useMemo(() => parse(searchParams), [parse, searchParams]);
  const result = useListQuery(query, view.problems.length > 0 ? skipToken : { variables: variables(view) });
  const problem = listProblem(view.problems, result.error ? describeError(result.error) : null);
  usePageTitle(title, { error: problem !== null });
  const submitForm = (form: FormData, addressOf: (submitted: V) => URLSearchParams) =>
    address.applyFilters(addressOf(parse(formToParams(form))));
  return {
    ...address,
    view,
    data: result.data,
    previousData: result.previousData,
    /** The rows to show: while the next page loads, the last page's stay (marked busy) instead of flickering away. */
    shown: result.data ?? (problem ? undefined : result.previousData),
    loading: result.loading,
    problem,
    retry: () => retry(result.refetch),
    /** Goes to the address a submitted filter form describes (`addressOf` the view it reads as). */
    submitForm,
    /** `submitForm` as the form's submit handler. */
    submitFilters(event: FormEvent<HTMLFormElement>, addressOf: (submitted: V) => URLSearchParams) {
      event.preventDefault();
      submitForm(new FormData(event.currentTarget), addressOf);
    },
  };
}
