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
    expect(labels({ __typename: 'Me', viewerCanManageUsers: false, viewerCanReadAuditTrail: true })).toEqual([
      'Frameworks',
      'Suppliers',
      'Products',
      'Standards',
      'Organisations',
      'Audit trail',
      'About',
    ]);
    expect(labels({ __typename: 'Me', viewerCanManageUsers: true, viewerCanReadAuditTrail: true })).toEqual([
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
});
