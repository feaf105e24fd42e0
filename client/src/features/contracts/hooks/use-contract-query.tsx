import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { describeError, retry, type RequestProblem } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { RecordPending } from '../../../shared/ui/load-problem';
import { ContractNotFound } from '../components/access';

/**
 * A contract route's one query, by the contract's id: `contract` once it has loaded, or, until then,
 * the `page` to show instead: "Loading contract…" or the load problem (with a retry) under the back
 * link, titled `title`, or "not found" (which sets its own title).
 */
export function useContractQuery<TContract>(
  query: TypedDocumentNode<{ contract?: TContract | null }, { id: string }>,
  id: string,
  { title, back }: { title: string; back: ReactNode },
) {
  const { data, loading, error, refetch } = useQuery(query, { variables: { id } });
  const contract = data?.contract;
  const problem = error ? describeError(error) : null;
  const reload = () => refetch();
  if (problem || (loading && !contract)) {
    const page = <Pending title={title} back={back} problem={problem} onRetry={() => retry(refetch)} />;
    return { contract: null, page, reload };
  }
  if (!contract) {
    const page = (
      <>
        {back}
        <ContractNotFound />
      </>
    );
    return { contract: null, page, reload };
  }
  return { contract, page: null, reload };
}

function Pending({
  title,
  back,
  problem,
  onRetry,
}: {
  title: string;
  back: ReactNode;
  problem: RequestProblem | null;
  onRetry: () => void;
}) {
  usePageTitle(title, { error: problem !== null });
  return (
    <RecordPending back={back} problem={problem} what="The contract" onRetry={onRetry}>
      Loading contract…
    </RecordPending>
  );
}
