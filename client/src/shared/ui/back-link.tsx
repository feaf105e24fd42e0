import type { ReactNode } from 'react';
import { Link, type To } from 'react-router';

export function BackLink({ to, children = 'Back' }: { to: To; children?: ReactNode }) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}
