import type { ReactNode } from 'react';
import { NoAccess } from '../identity/components/access';

/**
 * Why the viewer may not change this part of the catalogue (suppliers, products, standards), and
 * that the central commercial team can help.
 */
export function CatalogueNoAccess({
  children = <p>Your role does not allow you to make this change.</p>,
}: {
  children?: ReactNode;
}) {
  return <NoAccess ask="the central commercial team">{children}</NoAccess>;
}
