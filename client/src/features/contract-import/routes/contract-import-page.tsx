import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { describeError, retry, type RequestProblem } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { RecordPending } from '../../../shared/ui/load-problem';
import { ImportNotFound, RequireImporter } from '../components/access';
import { ImportWizard } from '../components/import-wizard';

const CONTRACT_IMPORT_QUERY = graphql(`
  query ContractImportPage($id: String!) {
    contractImport(id: $id) {
      id
      ...ContractImportWizard_contractImport
    }
  }
`);

/** How often the page asks how far an import has gone, while it runs. */
export const PROGRESS_POLL_MS = 500;

/**
 * `/contracts/import/:id`: steps 2 to 4 of one import, whichever its status calls for, so a refresh
 * or a shared link resumes where it is. While it is importing the page polls its progress.
 */
export function ContractImportPage() {
  return (
    <RequireImporter>
      <ContractImport />
    </RequireImporter>
  );
}

function ContractImport() {
  const { id = '' } = useParams();
  // The first page of a visit has the key "default"; any page reached inside the app has its own.
  const arrivedInApp = useLocation().key !== 'default';
  const { data, previousData, error, refetch, startPolling, stopPolling } = useQuery(CONTRACT_IMPORT_QUERY, {
    variables: { id },
    // An import changes on the server (another tab, the import running): show what it is now.
    fetchPolicy: 'cache-and-network',
  });
  const answer = data ?? (previousData?.contractImport?.id === id ? previousData : undefined);
  const contractImport = answer?.contractImport;
  const importing = contractImport?.status === 'IMPORTING';

  useEffect(() => {
    if (!importing) return;
    startPolling(PROGRESS_POLL_MS);
    return () => stopPolling();
  }, [importing, startPolling, stopPolling]);

  if (!answer) {
    return <ImportPending problem={error ? describeError(error) : null} onRetry={() => retry(refetch)} />;
  }
  if (!contractImport) return <ImportNotFound />;
  return <ImportWizard contractImport={contractImport} focusFirst={arrivedInApp} />;
}

/** Until the import has loaded: that it is loading, or why it did not. (Each step titles the page.) */
function ImportPending({ problem, onRetry }: { problem: RequestProblem | null; onRetry: () => void }) {
  usePageTitle(problem ? 'Sorry, there is a problem with the service' : 'Loading', {
    error: problem !== null,
  });
  return (
    <RecordPending back={null} problem={problem} what="The import" onRetry={onRetry}>
      Loading the import…
    </RecordPending>
  );
}
