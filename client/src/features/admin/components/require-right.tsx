import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { signInHref } from '../../identity/return-to';
import { useViewer } from '../../identity/viewer';

export type Right = 'viewerCanManageUsers' | 'viewerCanReadAuditTrail';

/**
 * Shows `children` only to a viewer the server says holds `right`; a visitor is asked to sign in
 * and anyone else is told they have no access, rather than meeting the API's refusal as an error.
 * The server still checks every request: this only decides what to show.
 */
export function RequireRight({ right, children }: { right: Right; children: ReactNode }) {
  const viewer = useViewer();
  if (viewer === undefined) return <p className="nhsuk-body">Loading…</p>;
  if (viewer === null) return <SignInPrompt />;
  if (!viewer[right]) return <NoAccess />;
  return children;
}

function SignInPrompt() {
  const { pathname, search } = useLocation();
  usePageTitle('Sign in to continue');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sign in to continue</h1>
        <p>You need to sign in to see this page.</p>
        <p>
          <Link to={signInHref(`${pathname}${search}`)}>Sign in</Link>
        </p>
      </div>
    </div>
  );
}

function NoAccess() {
  usePageTitle('You do not have access');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>You do not have access</h1>
        <p>Your role does not allow you to see this page.</p>
        <p>
          If you hold another membership that does, switch to it from the header. Otherwise, ask the Concord
          administrator at your organisation.
        </p>
        <p>
          <Link to="/">Go to the Concord homepage</Link>
        </p>
      </div>
    </div>
  );
}
