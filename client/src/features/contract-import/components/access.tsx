import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NoAccess, PageMessage, RequireRight, viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { contractImportPath } from '../paths';

/**
 * Shows the wizard only to those who may import (`Me.viewerCanRecordContracts`): a visitor is asked to sign in, anyone
 * else told why not, rather than meeting the server's refusal after choosing a file.
 */
export function RequireImporter({ children }: { children: ReactNode }) {
  return (
    <RequireRight signIn={<p>You need to sign in as your trust’s procurement team to import contracts.</p>}>
      <ImporterOnly>{children}</ImporterOnly>
    </RequireRight>
  );
}

function ImporterOnly({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  if (!viewerCan(viewer, 'viewerCanRecordContracts')) {
    return (
      <NoAccess title="You cannot import contracts" ask="your trust’s procurement team">
        <p>
          Only a trust’s procurement team imports its contract register, or a central commercial team for any
          trust.
        </p>
      </NoAccess>
    );
  }
  return children;
}

/** An import nobody may see here: a wrong address, or someone else’s import. */
export function ImportNotFound() {
  return (
    <PageMessage title="Import not found">
      <p>There is no import at this address that you can see.</p>
      <p>
        An import is seen by the person who uploaded the file and by their trust’s procurement team. If you
        followed a link, check it is complete.
      </p>
      <p>
        <Link to={contractImportPath}>Upload a contract register</Link>
      </p>
    </PageMessage>
  );
}
