import type { ReactNode } from 'react';
import { Link, type To } from 'react-router';

/**
 * A link that looks like an NHS button, for an action that opens a page ("Add a supplier"): a link
 * to assistive technology as well, with the button's role as nhsuk-frontend's own markup gives it.
 */
export function ButtonLink({
  to,
  kind,
  children,
}: {
  to: To;
  kind?: 'secondary' | 'warning';
  children: ReactNode;
}) {
  return (
    <Link
      className={kind ? `nhsuk-button nhsuk-button--${kind}` : 'nhsuk-button'}
      to={to}
      role="button"
      draggable="false"
    >
      {children}
    </Link>
  );
}
