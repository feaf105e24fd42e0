import type { ContractSource, ContractStatus, PriceVisibility, ProcurementRoute } from '../../gql/graphql';
import type { TagColour } from '../ui/tag';

// The words for the contract register's enum values, everywhere they show: the register's filters
// and table, a contract's page and its form. One table per meaning, as in catalogue.ts.

export const contractStatusLabels: Record<ContractStatus, string> = {
  ACTIVE: 'Active',
  DRAFT: 'Draft',
  EXPIRED: 'Expired',
  TERMINATED: 'Ended early',
};

export const contractStatusColours: Record<ContractStatus, TagColour> = {
  ACTIVE: 'green',
  DRAFT: 'blue',
  EXPIRED: 'grey',
  TERMINATED: 'red',
};

/** Statuses in the order the register's filter lists them. */
export const contractStatusOrder: ContractStatus[] = ['ACTIVE', 'DRAFT', 'EXPIRED', 'TERMINATED'];

/** Address slugs: `?status=ended-early`. */
export const contractStatusSlugs: Record<ContractStatus, string> = {
  ACTIVE: 'active',
  DRAFT: 'draft',
  EXPIRED: 'expired',
  TERMINATED: 'ended-early',
};

/** How an off-framework contract was awarded, as a choice and on the contract's page. */
export const procurementRouteLabels: Record<ProcurementRoute, string> = {
  DIRECT_AWARD: 'Direct award',
  OPEN: 'Open procedure',
  RESTRICTED: 'Restricted procedure',
  COMPETITIVE_FLEXIBLE: 'Competitive flexible procedure',
  FURTHER_COMPETITION: 'Mini-competition outside Concord’s frameworks',
  OTHER: 'Another route',
};

export const procurementRouteHints: Record<ProcurementRoute, string> = {
  DIRECT_AWARD: 'Awarded to one supplier without competition',
  OPEN: 'Anyone could bid',
  RESTRICTED: 'Shortlisted suppliers bid',
  COMPETITIVE_FLEXIBLE: 'Under the Procurement Act 2023',
  FURTHER_COMPETITION: 'Suppliers competed, but not under a framework recorded in Concord',
  OTHER: 'None of these',
};

export const procurementRouteOrder = Object.keys(procurementRouteLabels) as ProcurementRoute[];

/** What other trusts may see of a contract's prices: a name, and what it means, in a sentence. */
export const priceVisibilityLabels: Record<PriceVisibility, string> = {
  ANONYMOUS: 'Anonymous',
  NAMED: 'Named',
  PRIVATE: 'Private',
};

export const priceVisibilityHints: Record<PriceVisibility, string> = {
  ANONYMOUS:
    'Other trusts see these prices only within figures for at least 5 trusts, never with the trust’s name',
  NAMED: 'Other trusts see these prices with the trust’s name, so they can ask about the deal',
  PRIVATE: 'Other trusts never see these prices, not even within figures for many trusts',
};

export const priceVisibilityOrder: PriceVisibility[] = ['ANONYMOUS', 'NAMED', 'PRIVATE'];

/** What a contract's price visibility means, in words, for its page ("… Central teams see every price."). */
export function priceVisibilityExplained(visibility: PriceVisibility, buyer: string): string {
  switch (visibility) {
    case 'NAMED':
      return `Other trusts can see these prices with ${buyer}’s name.`;
    case 'ANONYMOUS':
      return `Other trusts see these prices only within figures for at least 5 trusts, never with ${buyer}’s name.`;
    case 'PRIVATE':
      return 'Other trusts never see these prices, not even within figures for many trusts.';
  }
}

export const contractSourceLabels: Record<ContractSource, string> = {
  MANUAL: 'Entered in Concord',
  CSV_IMPORT: 'Imported from a contract register spreadsheet',
  OCDS_IMPORT: 'Imported from published open contracting data',
};

const auditActionLabels: Record<string, string> = {
  createContract: 'Recorded',
  updateContract: 'Changed',
  confirmContract: 'Confirmed',
  endContractEarly: 'Ended early',
  deleteContract: 'Deleted',
  importContracts: 'Imported',
};

/** What a recorded change did, in a word or two: `confirmContract` → "Confirmed". */
export function contractActionLabel(action: string): string {
  const known = auditActionLabels[action];
  if (known) return known;
  // An action added later still reads as words: `importOcdsRelease` → "Import ocds release".
  const words = action.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
