import { useSyncExternalStore } from 'react';
import { ErrorLink } from '@apollo/client/link/error';
import { graphQLErrorsOf } from '../shared/graphql/describe-error';

/**
 * What the whole service needs a person to know, whatever page they are on: that Concord was
 * updated since the page was loaded (the server no longer knows the operations this copy of the app
 * sends), or that they have asked for a lot in a short time and should wait.
 */
export type ServiceNotice = { kind: 'outdated' } | { kind: 'rate-limited'; seconds: number } | null;

let current: ServiceNotice = null;
const listeners = new Set<() => void>();
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function show(notice: ServiceNotice) {
  current = notice;
  for (const listener of listeners) listener();
}

/** Shows the notice; a rate-limit notice goes once its wait is over. */
export function reportServiceNotice(notice: Exclude<ServiceNotice, null>): void {
  if (current?.kind === 'outdated') return;
  clearTimeout(clearTimer);
  show(notice);
  if (notice.kind === 'rate-limited') clearTimer = setTimeout(() => show(null), notice.seconds * 1000);
}

/** Takes any notice away (a new page load does the same). */
export function clearServiceNotice(): void {
  clearTimeout(clearTimer);
  show(null);
}

/** Reads every failed request's errors for the codes the notices are about. */
export function serviceNoticeLink(): ErrorLink {
  return new ErrorLink(({ error }) => {
    for (const e of graphQLErrorsOf(error)) {
      const code = e.extensions?.['code'];
      if (code === 'PERSISTED_QUERY_NOT_IN_LIST' || code === 'PERSISTED_QUERY_NOT_FOUND') {
        reportServiceNotice({ kind: 'outdated' });
      } else if (code === 'RATE_LIMITED') {
        const seconds = Number(e.extensions?.['retryAfterSeconds']);
        reportServiceNotice({
          kind: 'rate-limited',
          seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 30,
        });
      }
    }
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function ServiceNoticeBanner() {
  const notice = useSyncExternalStore(subscribe, () => current);
  if (!notice) return null;
  return (
    <div className="nhsuk-warning-callout" role="alert">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {notice.kind === 'outdated' ? 'Concord has been updated' : 'Too many requests'}
        </span>
      </h2>
      {notice.kind === 'outdated' ? (
        <p>
          Concord has changed since you opened this page. <a href={window.location.href}>Reload the page</a>{' '}
          to carry on; anything you have not saved on it will need entering again.
        </p>
      ) : (
        <p>
          You have asked for a lot in a short time. Wait {notice.seconds} second
          {notice.seconds === 1 ? '' : 's'}, then try again.
        </p>
      )}
    </div>
  );
}
