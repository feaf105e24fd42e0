import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { frameworkPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { LoadProblem, Loading } from '../../../shared/ui/load-problem';
import { PageMessage, SignInPrompt } from '../../identity/components/access';

/**
 * What the editor's pages show instead of a form: a visitor is asked to sign in, someone without
 * the right is told why, a framework nobody may see here is "not found". The server still checks
 * every request; these only spare people a refusal they could have been told about.
 */

/** Why a visitor must sign in to use the editor. */
export function EditorSignInReason() {
  return <p>You need to sign in as a central commercial user to change frameworks.</p>;
}

function EditorSignInPrompt() {
  return (
    <SignInPrompt>
      <EditorSignInReason />
    </SignInPrompt>
  );
}

export function FrameworkNotFound({ reference }: { reference: string }) {
  return (
    <PageMessage title="Framework not found">
      <p>
        There is no framework <strong className="nhsuk-u-nowrap">{reference}</strong> that you can see. A
        draft is seen only by central commercial users of the body that owns it.
      </p>
      <p>
        Check the reference, or <Link to="/frameworks">browse the framework catalogue</Link>.
      </p>
    </PageMessage>
  );
}

function EditorLoading({ what }: { what: string }) {
  usePageTitle('Loading');
  return <Loading>Loading {what}…</Loading>;
}

export function EditorLoadProblem({ what, refetch }: { what: string; refetch: () => Promise<unknown> }) {
  usePageTitle('Sorry, there is a problem with the service', { error: true });
  return (
    <LoadProblem problem={{ kind: 'unavailable' }} what={`The ${what}`} onRetry={() => retry(refetch)} />
  );
}

type FrameworkQuery<F> = {
  data: { framework: F | null; me: unknown } | undefined;
  previousData?: { framework: F | null; me: unknown } | undefined;
  error?: unknown;
  refetch: () => Promise<unknown>;
};

/**
 * A page of the editor for one framework (`/frameworks/:reference/edit`, `/amend`, `/withdraw`):
 * its form once the framework has loaded and `usable` says the viewer may use it; otherwise why not.
 * While the framework is fetched again (after a save) the form stays with what it had; once shown,
 * it stays while its change is recorded and the page moves on (the framework stops being usable a
 * moment before).
 */
export function FrameworkForm<F extends { reference: string }>({
  reference,
  query,
  what,
  usable,
  refusal,
  children,
}: {
  reference: string;
  query: FrameworkQuery<F>;
  /** What is loaded, for the messages: "draft", "framework". */
  what: string;
  usable: (framework: F) => boolean;
  /** Why a signed-in viewer cannot use the form on this framework. */
  refusal: (framework: F) => ReactNode;
  children: (framework: F) => ReactNode;
}) {
  const previous = query.previousData;
  const data =
    query.data ??
    (previous?.framework?.reference.toUpperCase() === reference.toUpperCase() ? previous : undefined);
  const framework = data?.framework;
  const [shown, setShown] = useState(false);
  if (framework && usable(framework) && !shown) setShown(true);

  if (query.error && !framework) return <EditorLoadProblem what={what} refetch={query.refetch} />;
  if (!data) return <EditorLoading what={`the ${what}`} />;
  if (!framework) return data.me ? <FrameworkNotFound reference={reference} /> : <EditorSignInPrompt />;
  return (
    <>
      <BackLink to={frameworkPath(framework.reference)}>Back to the framework</BackLink>
      {usable(framework) || shown ? (
        children(framework)
      ) : data.me ? (
        refusal(framework)
      ) : (
        <EditorSignInPrompt />
      )}
    </>
  );
}

/** The framework is where it is in its life: nobody could make this change to it now. */
export function CannotChange({ title, children }: { title: string; children: ReactNode }) {
  return <PageMessage title={title}>{children}</PageMessage>;
}
