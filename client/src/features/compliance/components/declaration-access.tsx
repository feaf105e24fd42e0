import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { RequestProblem } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { RecordPending } from '../../../shared/ui/load-problem';
import { PageMessage } from '../../identity/components/access';
import { signInHref } from '../../identity/return-to';

/**
 * A declaration's page (or its form's) until what it shows has loaded: "Loading declaration…" (or
 * `children`) or why it did not load, with a retry, under the back link; titled `title`, which says
 * "Error:" while there is a problem.
 */
export function DeclarationPending({
  title,
  what = 'The declaration',
  back,
  problem,
  onRetry,
  children = 'Loading declaration…',
}: {
  title: string;
  /** What did not load, as a sentence subject: "The declaration" unless said. */
  what?: string;
  back: ReactNode;
  problem: RequestProblem | null;
  onRetry: () => void;
  children?: ReactNode;
}) {
  usePageTitle(title, { error: problem !== null });
  return (
    <RecordPending back={back} problem={problem} what={what} onRetry={onRetry}>
      {children}
    </RecordPending>
  );
}

/** A declaration nobody may see here: there is none at this address, or the viewer may not read it. */
export function DeclarationNotFound() {
  return (
    <PageMessage title="Declaration not found">
      <p>There is no declaration at this address that you can see.</p>
      <p>
        Declarations that a central team has not verified yet are seen only by those who made them and by
        central commercial teams. If you were sent a link, you may need to sign in.
      </p>
      <p>
        <Link to="/standards">Go to the standards catalogue</Link>
      </p>
    </PageMessage>
  );
}

/**
 * Says that only verified declarations are shown, to a viewer who sees no others; then `children`:
 * what signing in would show, or who sees the rest.
 */
export function VerifiedOnlyNotice({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>Only declarations a central commercial team has verified are shown here. {children}</p>
    </div>
  );
}

/** "Sign in", and back to this page. */
export function SignInLink() {
  const { pathname, search } = useLocation();
  return <Link to={signInHref(`${pathname}${search}`)}>Sign in</Link>;
}
