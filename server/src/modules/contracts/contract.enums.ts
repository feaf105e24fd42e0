import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';

export const ContractStatus = defineEnum('ContractStatus', 'Where a contract is in its life.', {
  DRAFT: 'Being entered or imported; not yet confirmed, so it counts in no comparison.',
  ACTIVE: 'Confirmed and not yet past its end date.',
  EXPIRED: 'Past its end date (follows from the date, nobody has to act).',
  TERMINATED: 'Ended early by the buyer; the end date is the day it ended.',
});
export type ContractStatus = EnumValue<typeof ContractStatus>;

export const ProcurementRoute = defineEnum(
  'ProcurementRoute',
  'How a contract was awarded when it is not a call-off from a framework lot.',
  {
    DIRECT_AWARD: 'Awarded directly to one supplier without competition.',
    FURTHER_COMPETITION: 'A mini-competition among suppliers (outside Concord’s frameworks).',
    OPEN: 'An open procedure: anyone could bid.',
    RESTRICTED: 'A restricted procedure: shortlisted suppliers bid.',
    COMPETITIVE_FLEXIBLE: 'The competitive flexible procedure (Procurement Act 2023).',
    OTHER: 'Any other route.',
  },
);
export type ProcurementRoute = EnumValue<typeof ProcurementRoute>;

export const PriceVisibility = defineEnum(
  'PriceVisibility',
  'What other trusts may see of a contract’s prices. Central teams always see everything.',
  {
    NAMED: 'Prices are shown to other trusts with this trust’s name.',
    ANONYMOUS: 'Prices count in aggregates of enough trusts, never with this trust’s name.',
    PRIVATE: 'Prices are never shown to other trusts nor published.',
  },
);
export type PriceVisibility = EnumValue<typeof PriceVisibility>;

export const ContractSource = defineEnum('ContractSource', 'How a contract came into Concord.', {
  MANUAL: 'Entered in the contract form or through the API.',
  CSV_IMPORT: 'Imported from a contract register spreadsheet.',
  OCDS_IMPORT: 'Imported from published open contracting data (OCDS).',
});
export type ContractSource = EnumValue<typeof ContractSource>;

export const ChargeType = defineEnum('ChargeType', 'Whether a price recurs or is charged once.', {
  RECURRING: 'Charged every month or every year.',
  ONE_OFF: 'Charged once (implementation, hardware); spread over the term to compare a year’s cost.',
});
export type ChargeType = EnumValue<typeof ChargeType>;
