import { describe, expect, it } from 'vitest';
import { menuItems } from './site-menu';

const labels = (me: Parameters<typeof menuItems>[0]) => menuItems(me).map((item) => item.label);

describe('menuItems', () => {
  it('shows the admin pages only to those the server says may use them', () => {
    expect(labels(null)).toEqual([
      'Frameworks',
      'Suppliers',
      'Products',
      'Standards',
      'Organisations',
      'About',
    ]);
    expect(
      labels({
        __typename: 'Me',
        viewerCanManageUsers: false,
        viewerCanReadAuditTrail: true,
        activeMembership: null,
      }),
    ).toEqual(['Frameworks', 'Suppliers', 'Products', 'Standards', 'Organisations', 'Audit trail', 'About']);
    expect(
      labels({
        __typename: 'Me',
        viewerCanManageUsers: true,
        viewerCanReadAuditTrail: true,
        activeMembership: { __typename: 'Membership', id: 'm-admin', role: 'ADMIN' },
      }),
    ).toEqual([
      'Frameworks',
      'Suppliers',
      'Products',
      'Standards',
      'Organisations',
      'Users',
      'Audit trail',
      'About',
    ]);
  });

  it('shows the contract register to trust procurement, trust compliance and central commercial users', () => {
    const actingAs = (role: 'TRUST_PROCUREMENT' | 'TRUST_COMPLIANCE' | 'CENTRAL_COMMERCIAL' | 'SUPPLIER') =>
      labels({
        __typename: 'Me',
        viewerCanManageUsers: false,
        viewerCanReadAuditTrail: false,
        activeMembership: { __typename: 'Membership', id: `m-${role}`, role },
      });
    expect(actingAs('TRUST_PROCUREMENT')[0]).toBe('Contracts');
    expect(actingAs('TRUST_COMPLIANCE')[0]).toBe('Contracts');
    expect(actingAs('CENTRAL_COMMERCIAL')[0]).toBe('Contracts');
    expect(actingAs('SUPPLIER')).not.toContain('Contracts');
  });
});
