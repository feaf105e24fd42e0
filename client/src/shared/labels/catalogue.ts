import type {
  AmendmentKind,
  BillingPeriod,
  FrameworkStatus,
  PricingUnit,
  ProductCategory,
  StandardAppliesTo,
  StandardAssessment,
  StandardCategory,
  StandardStatus,
  TierCalculation,
} from '../../gql/graphql';
import type { TagColour } from '../ui/tag';

// The words for the catalogue's enum values (products, suppliers, prices, frameworks, standards),
// everywhere they show: filters, tables, forms, pages and notices. One table per meaning, so a
// filter and the page it leads to always agree.

/** Address slugs of enum values, as filters write them: `PACS_RIS` → `pacs-ris`. */
export function slugsOf<T extends string>(values: readonly T[]): Record<T, string> {
  return Object.fromEntries(values.map((value) => [value, value.toLowerCase().replace(/_/g, '-')])) as Record<
    T,
    string
  >;
}

// Products

/** What each product category is called: its full name, with the acronym people search for. */
export const productCategoryLabels: Record<ProductCategory, string> = {
  EPR: 'Electronic patient record (EPR)',
  PAS: 'Patient administration system (PAS)',
  EPMA: 'Electronic prescribing and medicines administration (ePMA)',
  PACS_RIS: 'PACS and RIS',
  LIMS: 'Laboratory information management (LIMS)',
  PATIENT_FLOW: 'Patient flow and bed management',
  PATIENT_ENGAGEMENT: 'Patient engagement',
  DIGITAL_DICTATION: 'Digital dictation and speech recognition',
  INTEGRATION: 'Integration and interoperability',
  CYBER_SECURITY: 'Cyber security',
  CLOUD: 'Cloud hosting',
  INFRASTRUCTURE: 'Infrastructure',
  END_USER_DEVICES: 'End-user devices',
  PROFESSIONAL_SERVICES: 'Professional services',
  OTHER: 'Other',
};

/** Short names, for table cells where several categories share one line. */
export const productCategoryShortLabels: Record<ProductCategory, string> = {
  EPR: 'EPR',
  PAS: 'PAS',
  EPMA: 'ePMA',
  PACS_RIS: 'PACS and RIS',
  LIMS: 'LIMS',
  PATIENT_FLOW: 'Patient flow',
  PATIENT_ENGAGEMENT: 'Patient engagement',
  DIGITAL_DICTATION: 'Digital dictation',
  INTEGRATION: 'Integration',
  CYBER_SECURITY: 'Cyber security',
  CLOUD: 'Cloud hosting',
  INFRASTRUCTURE: 'Infrastructure',
  END_USER_DEVICES: 'End-user devices',
  PROFESSIONAL_SERVICES: 'Professional services',
  OTHER: 'Other',
};

/** Clinical systems first, then platforms, then services: the order of filters and choices. */
export const productCategoryOrder = Object.keys(productCategoryLabels) as ProductCategory[];

/** Address slugs of each category: `?category=pacs-ris`. */
export const productCategorySlugs = slugsOf(productCategoryOrder);

// Suppliers

/** Whether a supplier is a small or medium-sized enterprise, in words. */
export function smeLabel(sme: boolean): string {
  return sme ? 'Small or medium-sized enterprise (SME)' : 'Not an SME';
}

// Prices

/** A unit that is counted (every unit but a fixed charge). */
export type CountedUnit = Exclude<PricingUnit, 'FIXED'>;

export const isPerUnit = (unit: PricingUnit): unit is CountedUnit => unit !== 'FIXED';

/** What one unit of a price is called, singular and plural. */
export const pricingUnitNouns: Record<CountedUnit, { one: string; many: string }> = {
  PER_BED: { one: 'bed', many: 'beds' },
  PER_DAY: { one: 'day', many: 'days' },
  PER_DEVICE: { one: 'device', many: 'devices' },
  PER_LICENCE: { one: 'licence', many: 'licences' },
  PER_REGISTERED_PATIENT: { one: 'registered patient', many: 'registered patients' },
  PER_SITE: { one: 'site', many: 'sites' },
  PER_TRANSACTION: { one: 'transaction', many: 'transactions' },
  PER_USER: { one: 'user', many: 'users' },
};

/** What one unit is, as a choice in a form, in the order people look for them. */
export const pricingUnitChoices: Record<PricingUnit, string> = {
  PER_USER: 'Per user',
  PER_LICENCE: 'Per licence',
  PER_BED: 'Per bed',
  PER_SITE: 'Per site',
  PER_DEVICE: 'Per device',
  PER_REGISTERED_PATIENT: 'Per registered patient',
  PER_TRANSACTION: 'Per transaction',
  PER_DAY: 'Per day (a day rate for a role and grade)',
  FIXED: 'Fixed price, whatever the quantity',
};
export const pricingUnitOrder = Object.keys(pricingUnitChoices) as PricingUnit[];

/** How often a price is charged, as a choice in a form. */
export const billingPeriodChoices: Record<BillingPeriod, string> = {
  ANNUAL: 'Every year',
  MONTHLY: 'Every month',
  ONE_OFF: 'Once (one-off charge)',
};
export const billingPeriodOrder = Object.keys(billingPeriodChoices) as BillingPeriod[];

const periodWords: Record<BillingPeriod, string> = {
  ANNUAL: 'per year',
  MONTHLY: 'per month',
  ONE_OFF: 'one-off',
};

/** One unit of a price inside a sentence: "per user", "fixed charge". */
export function unitWords(unit: PricingUnit): string {
  return isPerUnit(unit) ? `per ${pricingUnitNouns[unit].one}` : 'fixed charge';
}

/** What one unit is, in a table cell: "Per user", "Fixed charge". */
export function unitLabel(unit: PricingUnit): string {
  const words = unitWords(unit);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How often a price is charged, in a table cell. */
export const billingPeriodLabels: Record<BillingPeriod, string> = {
  ANNUAL: 'Yearly',
  MONTHLY: 'Monthly',
  ONE_OFF: 'Once',
};

/** How often, inside a sentence: "per year", "one-off". */
export function periodLabel(period: BillingPeriod): string {
  return periodWords[period];
}

/**
 * How a price is charged, to follow the amount: "per user per year", "per transaction per month",
 * "per site, one-off", "fixed charge per year", "one-off fixed charge".
 */
export function chargeLabel(unit: PricingUnit, period: BillingPeriod): string {
  if (!isPerUnit(unit))
    return period === 'ONE_OFF' ? 'one-off fixed charge' : `fixed charge ${periodWords[period]}`;
  const each = unitWords(unit);
  return period === 'ONE_OFF' ? `${each}, one-off` : `${each} ${periodWords[period]}`;
}

/** How volume bands apply, as a choice in a form: a name and what it means. */
export const tierCalculationChoices: Record<TierCalculation, { label: string; hint: string }> = {
  CUMULATIVE: {
    label: 'Cumulative',
    hint: 'Each band is charged at its own price, like income tax bands. With bands of 1 to 250 and 251 and above, 300 units are 250 at the first price and 50 at the second.',
  },
  SINGLE_FIXED: {
    label: 'Single fixed',
    hint: 'The whole quantity is charged at the price of the band it falls in. 300 units are all charged at the second band’s price.',
  },
};

/** How the bands apply, in a sentence, next to a price's bands. */
export const tierCalculationRules: Record<TierCalculation, string> = {
  CUMULATIVE: 'Each band at its own price: the units in each band are charged at that band’s price.',
  SINGLE_FIXED:
    'The whole quantity at the price of the band it lands in: every unit is charged at that band’s price.',
};

/** How the bands apply, in a phrase, under a list of bands in a table cell. */
export const tierCalculationSummaries: Record<TierCalculation, string> = {
  CUMULATIVE: 'Each band at its own price',
  SINGLE_FIXED: 'All units at the price of the band the quantity lands in',
};

// Frameworks

export const frameworkStatusLabels: Record<FrameworkStatus, string> = {
  PUBLISHED: 'Published',
  EXPIRED: 'Expired',
  WITHDRAWN: 'Withdrawn',
  DRAFT: 'Draft',
};

export const frameworkStatusColours: Record<FrameworkStatus, TagColour> = {
  PUBLISHED: 'green',
  EXPIRED: 'grey',
  WITHDRAWN: 'red',
  DRAFT: 'blue',
};

export const amendmentKindLabels: Record<AmendmentKind, string> = {
  ADD_AWARD: 'Supplier added',
  CHANGE_PRICE: 'Price changed',
  EXTEND: 'Extended',
};

// Standards

/** What each area of standards is called, in the catalogue's order (the server's). */
export const standardCategoryLabels: Record<StandardCategory, string> = {
  ACCESSIBILITY: 'Accessibility',
  ASSURANCE: 'Assurance frameworks',
  CLINICAL_RECORD: 'Clinical record content',
  CLINICAL_SAFETY: 'Clinical safety',
  IDENTITY: 'Identity',
  INTEROPERABILITY_API: 'Interoperability through APIs',
  INTEROPERABILITY_MESSAGING: 'Interoperability through messaging',
  SECURITY: 'Information and cyber security',
  SERVICE_DESIGN: 'Service design',
  TERMINOLOGY: 'Terminologies and classifications',
};

export const standardCategoryOrder = Object.keys(standardCategoryLabels) as StandardCategory[];

/** Address slugs: `?category=interoperability-api`. */
export const standardCategorySlugs = slugsOf(standardCategoryOrder);

/** Who can declare conformance, for tables and the standard's page. */
export const appliesToLabels: Record<StandardAppliesTo, string> = {
  PRODUCT: 'Products',
  ORGANISATION: 'Organisations',
  BOTH: 'Products and organisations',
};

/** Who declares conformance, for the form's choices. */
export const appliesToHints: Record<StandardAppliesTo, string> = {
  PRODUCT: 'Suppliers declare their products’ conformance',
  ORGANISATION: 'Trusts declare their own conformance',
  BOTH: 'Both suppliers and trusts declare conformance',
};

/** The filter's choices: a standard for both shows under either. */
export type AppliesToChoice = Exclude<StandardAppliesTo, 'BOTH'>;
export const appliesToSlugs: Record<AppliesToChoice, string> = {
  PRODUCT: 'product',
  ORGANISATION: 'organisation',
};

export const assessmentLabels: Record<StandardAssessment, string> = {
  PASS_FAIL: 'Met or not met',
  LEVELS: 'Named levels',
};

export const standardStatusLabels: Record<StandardStatus, string> = {
  DRAFT: 'Draft',
  EFFECTIVE: 'In force',
  RETIRED: 'Retired',
};

export const standardStatusHints: Record<StandardStatus, string> = {
  DRAFT: 'Being prepared: buyers do not ask for it yet',
  EFFECTIVE: 'Buyers may ask for it',
  RETIRED: 'No longer in force',
};

export const standardStatusColours: Record<StandardStatus, TagColour> = {
  DRAFT: 'yellow',
  EFFECTIVE: 'green',
  RETIRED: 'grey',
};

export const standardStatusOrder: StandardStatus[] = ['EFFECTIVE', 'DRAFT', 'RETIRED'];

export const standardStatusSlugs: Record<StandardStatus, string> = {
  EFFECTIVE: 'effective',
  DRAFT: 'draft',
  RETIRED: 'retired',
};

/**
 * A level as people read it. Some standards record their levels as codes (`STANDARDS_MET`); those
 * read as words ("Standards met"). Levels typed as words are shown as they are.
 */
export function levelLabel(level: string): string {
  if (!/^[A-Z0-9]+(_[A-Z0-9]+)+$|^[A-Z]{4,}$/.test(level)) return level;
  const words = level.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
