import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { SiteMenu_MeFragment } from '../../../gql/graphql';
import { HeaderNavigation } from '../../../shared/ui/header-navigation';

export const SiteMenu_me = graphql(`
  fragment SiteMenu_me on Me {
    viewerCanManageUsers
    viewerCanReadAuditTrail
    viewerCanReadContracts
    viewerCanComparePrices
  }
`);

type MenuItem = { to: string; label: string };

const everyone: MenuItem[] = [
  { to: '/frameworks', label: 'Frameworks' },
  { to: '/suppliers', label: 'Suppliers' },
  { to: '/products', label: 'Products' },
  { to: '/standards', label: 'Standards' },
  { to: '/compliance', label: 'Compliance' },
  { to: '/organisations', label: 'Organisations' },
  { to: '/about', label: 'About' },
];

/**
 * The menu items this viewer may use: what the server says they can do (`viewerCan…`), never a
 * guess from their role, so the menu and the API agree when the rules change. Contracts come first,
 * as the trust's own work, then Compare, what it pays against what others pay.
 */
export function menuItems(me: SiteMenu_MeFragment | null | undefined): MenuItem[] {
  return [
    ...(me?.viewerCanReadContracts ? [{ to: '/contracts', label: 'Contracts' }] : []),
    ...(me?.viewerCanComparePrices ? [{ to: '/compare', label: 'Compare' }] : []),
    ...everyone.slice(0, -1),
    ...(me?.viewerCanManageUsers ? [{ to: '/admin/users', label: 'Users' }] : []),
    ...(me?.viewerCanReadAuditTrail ? [{ to: '/admin/audit', label: 'Audit trail' }] : []),
    ...everyone.slice(-1),
  ];
}

/**
 * `aria-current` for a menu item: "page" on the item's own page, "true" on a page inside its
 * section (an organisation under Organisations). nhsuk-frontend marks both.
 */
function currentness(pathname: string, to: string): 'page' | 'true' | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === to) return 'page';
  return path.startsWith(`${to}/`) ? 'true' : undefined;
}

/** The header's menu (NHS header navigation), with the items the signed-in viewer may use. */
export function SiteMenu({ me }: { me: SiteMenu_MeFragment | null | undefined }) {
  const { pathname } = useLocation();
  return (
    <HeaderNavigation
      items={menuItems(me).map((item) => ({ ...item, current: currentness(pathname, item.to) }))}
    />
  );
}
