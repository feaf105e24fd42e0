import { useEffect, useRef, type ReactNode } from 'react';

export type ErrorSummaryItem = { text: string; href?: string };

/**
 * The NHS error summary. It takes focus when it appears, as nhsuk-frontend's script would, so
 * screen reader users hear the problem first.
 */
export function ErrorSummary({
  title = 'There is a problem',
  errors,
  children,
}: {
  title?: string;
  errors: ErrorSummaryItem[];
  children?: ReactNode;
}) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, []);

  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          {errors.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {errors.map((error) => (
                <li key={error.text}>{error.href ? <a href={error.href}>{error.text}</a> : error.text}</li>
              ))}
            </ul>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}
