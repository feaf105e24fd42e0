import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export type ErrorSummaryItem = { text: string; href?: string };

/**
 * A link to `#field-id` moves focus to that field and scrolls its label (or its fieldset's legend)
 * into view, so the question stays visible above the answer: what nhsuk-frontend's script does.
 */
function focusTarget(event: MouseEvent<HTMLAnchorElement>): void {
  const id = event.currentTarget.hash.slice(1);
  const input = id ? document.getElementById(decodeURIComponent(id)) : null;
  if (!input) return;
  event.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = 'labels' in input ? (input as HTMLInputElement).labels?.[0] : undefined;
  // Optional: jsdom, which the component tests run in, does not lay out pages or scroll.
  (legend ?? label ?? input).scrollIntoView?.();
  input.focus({ preventScroll: true });
}

/**
 * The NHS error summary. It takes focus when it appears, as nhsuk-frontend's script would, so
 * screen reader users hear the problem first; give it a new `key` to announce a new attempt.
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
              {errors.map((error, index) => (
                // The same message can stand twice (two fields each missing a date): by position.
                <li key={`${index}:${error.href ?? ''}`}>
                  {error.href ? (
                    <a href={error.href} onClick={focusTarget}>
                      {error.text}
                    </a>
                  ) : (
                    error.text
                  )}
                </li>
              ))}
            </ul>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}
