import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Role } from '../../gql/graphql';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { signInHref } from '../identity/return-to';
import { useViewer, type Viewer } from '../identity/viewer';

/** The role the viewer acts in now; null for a visitor or someone with no membership. */
export const activeRole = (viewer: Viewer | undefined): Role | null => viewer?.activeMembership?.role ?? null;

/**
 * Whether the viewer may add suppliers, products and standards to the catalogue. The server has no
 * `viewerCan…` field for creating these yet, so this follows its rule: central commercial users.
 */
export const canCurateCatalogue = (viewer: Viewer | undefined): boolean =>
  activeRole(viewer) === 'CENTRAL_COMMERCIAL';

/** Whether the viewer may add products at all: central users for any supplier, a supplier for itself. */
export const canAddProducts = (viewer: Viewer | undefined): boolean => {
  const role = activeRole(viewer);
  return role === 'CENTRAL_COMMERCIAL' || role === 'SUPPLIER';
};

/**
 * Shows `children` only to a viewer `allow` admits; asks a visitor to sign in and tells anyone else
 * they have no access, rather than letting them fill in a form the server will refuse. The server
 * still checks every request: this only decides what to show.
 */
export function RequireViewer({
  allow,
  children,
}: {
  allow: (viewer: NonNullable<Viewer>) => boolean;
  children: ReactNode;
}) {
  const viewer = useViewer();
  if (viewer === undefined)
    return (
      <p className="nhsuk-body" role="status">
        Loading…
      </p>
    );
  if (viewer === null) return <SignInPrompt />;
  if (!allow(viewer)) return <NoAccess />;
  return children;
}

export function SignInPrompt() {
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

export function NoAccess({ children }: { children?: ReactNode }) {
  usePageTitle('You do not have access');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>You do not have access</h1>
        {children ?? <p>Your role does not allow you to make this change.</p>}
        <p>
          If you hold another membership that does, switch to it from the header. Otherwise, ask the central
          commercial team.
        </p>
        <p>
          <Link to="/">Go to the Concord homepage</Link>
        </p>
      </div>
    </div>
  );
}
