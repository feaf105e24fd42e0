import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NoAccess, PageMessage, RequireRight, viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';

/**
 * Shows the register's pages only to those who may use them (`Me.viewerCanReadContracts`, `Me.viewerCanRecordContracts`): a visitor is asked to
 * sign in, anyone else told why not, rather than meeting the API's refusal.
 */
export function RequireContracts({
  record = false,
  children,
}: {
  /** The page records or changes contracts, rather than reading them. */
  record?: boolean;
  children: ReactNode;
}) {
  return (
    <RequireRight signIn={<p>You need to sign in to see your trust’s contracts.</p>}>
      <ContractsRight record={record}>{children}</ContractsRight>
    </RequireRight>
  );
}

function ContractsRight({ record, children }: { record: boolean; children: ReactNode }) {
  const viewer = useViewer();
  if (!viewerCan(viewer, 'viewerCanReadContracts')) {
    return (
      <NoAccess title="You do not have access to contracts">
        <p>
          A trust’s contract register is for its procurement and compliance teams, and for central commercial
          teams.
        </p>
      </NoAccess>
    );
  }
  if (record && !viewerCan(viewer, 'viewerCanRecordContracts')) {
    return (
      <NoAccess title="You cannot record contracts" ask="your trust’s procurement team">
        <p>
          Only a trust’s procurement team, or a central commercial team, records and changes its contracts.
        </p>
      </NoAccess>
    );
  }
  return children;
}

/** A contract nobody may see here: it does not exist, or belongs to another trust. */
export function ContractNotFound() {
  return (
    <PageMessage title="Contract not found">
      <p>There is no contract at this address that you can see.</p>
      <p>
        If you followed a link, the contract may have been deleted (only drafts can be). A trust’s contracts
        are seen only by its own teams and by central commercial teams.
      </p>
      <p>
        <Link to="/contracts">Go to the contract register</Link>
      </p>
    </PageMessage>
  );
}
