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
      'Compliance',
      'Organisations',
      'About',
    ]);
    expect(
      labels({
        __typename: 'Me',
        viewerCanManageUsers: false,
        viewerCanReadAuditTrail: true,
        viewerCanReadContracts: false,
        viewerCanComparePrices: false,
      }),
    ).toEqual([
      'Frameworks',
      'Suppliers',
      'Products',
      'Standards',
      'Compliance',
      'Organisations',
      'Audit trail',
      'About',
    ]);
    expect(
      labels({
        __typename: 'Me',
        viewerCanManageUsers: true,
        viewerCanReadAuditTrail: true,
        viewerCanReadContracts: false,
        viewerCanComparePrices: false,
      }),
    ).toEqual([
      'Frameworks',
      'Suppliers',
      'Products',
      'Standards',
      'Compliance',
      'Organisations',
      'Users',
      'Audit trail',
      'About',
    ]);
  });

  it('offers Compliance to everyone, signed in or not, after Standards', () => {
    expect(menuItems(null).find((item) => item.label === 'Compliance')?.to).toBe('/compliance');
    const signedIn = labels({
      __typename: 'Me',
      viewerCanManageUsers: false,
      viewerCanReadAuditTrail: false,
      viewerCanReadContracts: true,
      viewerCanComparePrices: true,
    });
    expect(signedIn.slice(signedIn.indexOf('Standards'), signedIn.indexOf('Standards') + 2)).toEqual([
      'Standards',
      'Compliance',
    ]);
  });

  it('puts the contract register first for those the server says may read it', () => {
    const me = (viewerCanReadContracts: boolean) =>
      labels({
        __typename: 'Me',
        viewerCanManageUsers: false,
        viewerCanReadAuditTrail: false,
        viewerCanReadContracts,
        viewerCanComparePrices: false,
      });
    expect(me(true)[0]).toBe('Contracts');
    expect(me(false)).not.toContain('Contracts');
  });

  it('offers Compare, after the contract register, to those the server says may compare prices', () => {
    const me = (viewerCanComparePrices: boolean) =>
      labels({
        __typename: 'Me',
        viewerCanManageUsers: false,
        viewerCanReadAuditTrail: false,
        viewerCanReadContracts: true,
        viewerCanComparePrices,
      });
    expect(me(true).slice(0, 2)).toEqual(['Contracts', 'Compare']);
    expect(me(false)).not.toContain('Compare');
    expect(labels(null)).not.toContain('Compare');
  });
});
