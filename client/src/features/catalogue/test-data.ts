// Test data for the catalogue's page tests, in the shapes their queries ask for.
import { chris, user, type Me } from '../../test/render-frame';

export { chris };

export const meridian = {
  __typename: 'Supplier',
  id: 'supplier-meridian',
  name: 'Meridian Clinical Systems Ltd',
} as const;

export const meridianMembership = {
  __typename: 'Membership',
  id: 'membership-meridian',
  role: 'SUPPLIER',
  organisation: null,
  supplier: meridian,
} as const;

// With the rights the server gives the supplier role.
export const sam: Me = { ...user('Sam Supplier', [meridianMembership]), viewerCanAddProducts: true };

export const pageInfo = {
  __typename: 'PageInfo',
  hasNextPage: false,
  hasPreviousPage: false,
  startCursor: 'a',
  endCursor: 'a',
} as const;

/** The userErrors part of a payload. */
export const userError = (field: string[] | null, code: string, message: string) => ({
  __typename: 'UserError' as const,
  field,
  code,
  message,
});
