import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { LoadProblem as SharedLoadProblem, Loading as SharedLoading } from '../../../shared/ui/load-problem';
import { signInHref } from '../../identity/return-to';

/**
 * What the editor's pages show instead of a form: a visitor is asked to sign in, someone without
 * the right is told why, a framework nobody may see here is "not found". The server still checks
 * every request; these only spare people a refusal they could have been told about.
 */
function Message({ title, children }: { title: string; children: ReactNode }) {
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

export function SignInPrompt() {
  const { pathname, search } = useLocation();
  return (
    <Message title="Sign in to continue">
      <p>You need to sign in as a central commercial user to change frameworks.</p>
      <p>
        <Link to={signInHref(`${pathname}${search}`)}>Sign in</Link>
      </p>
    </Message>
  );
}

export function NoAccess({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Message title={title}>
      {children}
      <p>
        If you hold another membership that may, switch to it from the header. Otherwise, ask the Concord
        administrator at your organisation.
      </p>
    </Message>
  );
}

/** The framework is where it is in its life: nobody could make this change to it now. */
export function CannotChange({ title, children }: { title: string; children: ReactNode }) {
  return <Message title={title}>{children}</Message>;
}

export function FrameworkNotFound({ reference }: { reference: string }) {
  return (
    <Message title="Framework not found">
      <p>
        There is no framework <strong className="nhsuk-u-nowrap">{reference}</strong> that you can see. A
        draft is seen only by central commercial users of the body that owns it.
      </p>
      <p>
        Check the reference, or <Link to="/frameworks">browse the framework catalogue</Link>.
      </p>
    </Message>
  );
}

export function Loading({ what }: { what: string }) {
  usePageTitle('Loading');
  return <SharedLoading>Loading {what}…</SharedLoading>;
}

export function LoadProblem({ what, refetch }: { what: string; refetch: () => Promise<unknown> }) {
  usePageTitle('Sorry, there is a problem with the service', { error: true });
  return (
    <SharedLoadProblem
      problem={{ kind: 'unavailable' }}
      what={`The ${what}`}
      onRetry={() => retry(refetch)}
    />
  );
}
