import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The record moved on since the page loaded it (someone else saved): said at the top, like an
 * error summary, with a button to load the latest version. It takes focus when it appears; give it
 * a new `key` to announce it again.
 */
export function StaleNotice({
  title,
  children,
  action,
  reloading = false,
  onReload,
}: {
  title: string;
  children: ReactNode;
  /** The button's words: "Reload the supplier". */
  action: string;
  reloading?: boolean;
  /** Loads the record as it is now saved; without it there is no button. */
  onReload?: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={box}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          {children}
          {onReload && (
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
              type="button"
              disabled={reloading}
              onClick={onReload}
            >
              {reloading ? 'Reloading…' : action}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
