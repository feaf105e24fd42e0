import type { Role } from '../../gql/graphql';

/** What each role is called on screen, everywhere: headers, lists, forms and notices. */
export const roleLabels: Record<Role, string> = {
  ADMIN: 'Administrator',
  CENTRAL_COMMERCIAL: 'Central commercial',
  TRUST_PROCUREMENT: 'Trust procurement',
  TRUST_COMPLIANCE: 'Trust compliance',
  SUPPLIER: 'Supplier',
};

/** A membership as the label needs it: any query's membership with these fields fits. */
export type LabelledMembership = {
  role: Role;
  organisation: { name: string } | null;
  supplier?: { name: string } | null;
};

/**
 * Where and as what someone acts, in one line: "Royal Free London NHS Foundation Trust · Trust
 * procurement". A supplier's membership acts for its supplier; an administrator's belongs to no
 * organisation: it covers all of them.
 */
export function membershipLabel({ role, organisation, supplier }: LabelledMembership): string {
  return `${organisation?.name ?? supplier?.name ?? 'All organisations'} · ${roleLabels[role]}`;
}
