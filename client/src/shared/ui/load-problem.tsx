import type { ReactNode } from 'react';
import { describeError, retry, type RequestProblem } from '../graphql/describe-error';
import { ErrorSummary } from './error-summary';

/**
 * Why a page's data did not load: the server's own words when it refused the input (a bad address),
 * otherwise an apology and a way to try again.
 */
export function LoadProblem({
  problem,
  what,
  onRetry,
  children,
}: {
  problem: RequestProblem;
  /** What could not be loaded, as a sentence subject: "The list of suppliers". */
  what: string;
  onRetry: () => void;
  /** More help for a bad address, such as a link to start again. */
  children?: ReactNode;
}) {
  if (problem.kind === 'bad-input') {
    return <ErrorSummary errors={problem.messages.map((text) => ({ text }))}>{children}</ErrorSummary>;
  }
  return (
    <ErrorSummary title="Sorry, there is a problem with the service" errors={[]}>
      <p>{what} could not be loaded. Try again later.</p>
      <button
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        type="button"
        onClick={onRetry}
      >
        Try again
      </button>
    </ErrorSummary>
  );
}

/** A page's "Loading…" line, announced to screen readers. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="nhsuk-body" role="status">
      {children}
    </p>
  );
}

/**
 * A record's page until its record shows, after the page's back link: why it did not load (the
 * service failed, or the server refused the address), or that it is loading (`children`).
 */
export function RecordPending({
  back,
  problem,
  what,
  onRetry,
  children,
}: {
  back: ReactNode;
  problem: RequestProblem | null;
  /** What did not load, as a sentence subject: "The product". */
  what: string;
  onRetry: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {back}
      {problem ? (
        <LoadProblem problem={problem} what={what} onRetry={onRetry} />
      ) : (
        <Loading>{children}</Loading>
      )}
    </>
  );
}

/**
 * A part of a page that shows a query's answer: its problem (with a way to try again) if it failed,
 * "Loading…" until it comes, then `children` with the answer.
 */
export function QueryAnswer<T>({
  data,
  error,
  refetch,
  what,
  loading,
  children,
}: {
  data: T | undefined;
  error: unknown;
  refetch: () => Promise<unknown>;
  /** What could not be loaded, as a sentence subject. */
  what: string;
  /** What the wait is for: "Finding contracts ending soon…". */
  loading: string;
  children: (data: T) => ReactNode;
}) {
  if (error) return <LoadProblem problem={describeError(error)} what={what} onRetry={() => retry(refetch)} />;
  if (data === undefined) return <Loading>{loading}</Loading>;
  return <>{children(data)}</>;
}
