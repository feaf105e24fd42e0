import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { RequireRight_MeFragment } from '../../../gql/graphql';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { Loading } from '../../../shared/ui/load-problem';
import { signInHref } from '../return-to';
import { useViewer } from '../viewer';

/**
 * What the signed-in viewer may do, as the server says (`viewerCan…`): pages and buttons follow it,
 * never a guess from the viewer's role, so they agree with the API when the rules change.
 */
export const RequireRight_me = graphql(`
  fragment RequireRight_me on Me {
    viewerCanManageUsers
    viewerCanReadAuditTrail
    viewerCanCreateFrameworks
    viewerCanCurateCatalogue
    viewerCanAddProducts
    viewerCanReadContracts
    viewerCanRecordContracts
    viewerCanComparePrices
    viewerCanDeclareCompliance
    viewerCanVerifyDeclarations
  }
`);

export type Right = Exclude<keyof RequireRight_MeFragment, '__typename'>;

/** Whether the viewer (undefined while loading, null for a visitor) holds `right`. */
export const viewerCan = (viewer: Partial<RequireRight_MeFragment> | null | undefined, right: Right) =>
  viewer?.[right] === true;

/** A page that explains why there is nothing else here; its title is the page's title too. */
export function PageMessage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{title}</h1>
        {children}
      </div>
    </div>
  );
}

/** Asks a visitor to sign in, to come back here afterwards; `children` say why. */
export function SignInPrompt({
  children = <p>You need to sign in to see this page.</p>,
}: {
  children?: ReactNode;
}) {
  const { pathname, search } = useLocation();
  return (
    <PageMessage title="Sign in to continue">
      {children}
      <p>
        <Link to={signInHref(`${pathname}${search}`)}>Sign in</Link>
      </p>
    </PageMessage>
  );
}

/** Tells a signed-in viewer they may not use this page, why (`children`), and whom to ask. */
export function NoAccess({
  title = 'You do not have access',
  children = <p>Your role does not allow you to see this page.</p>,
  ask = 'the Concord administrator at your organisation',
}: {
  title?: string;
  children?: ReactNode;
  /** Who can help: "the central commercial team". */
  ask?: string;
}) {
  return (
    <PageMessage title={title}>
      {children}
      <p>If you hold another membership that does, switch to it from the header. Otherwise, ask {ask}.</p>
      <p>
        <Link to="/">Go to the Concord homepage</Link>
      </p>
    </PageMessage>
  );
}

/**
 * Shows `children` only to a signed-in viewer the server says holds `right` (any signed-in viewer
 * without one); asks a visitor to sign in and tells anyone else they have no access (`refusal`),
 * rather than letting them meet the API's refusal. The server still checks every request: this only
 * decides what to show.
 */
export function RequireRight({
  right,
  signIn,
  refusal = <NoAccess />,
  children,
}: {
  right?: Right;
  /** Why a visitor must sign in, when it helps to say. */
  signIn?: ReactNode;
  refusal?: ReactNode;
  children: ReactNode;
}) {
  const viewer = useViewer();
  if (viewer === undefined) return <Loading>Loading…</Loading>;
  if (viewer === null) return <SignInPrompt>{signIn}</SignInPrompt>;
  if (right && !viewerCan(viewer, right)) return refusal;
  return children;
}
