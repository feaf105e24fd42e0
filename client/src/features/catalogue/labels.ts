import type { BillingPeriod, PricingUnit, ProductCategory } from '../../gql/graphql';

/** What each product category is called on screen: in filters, tables, forms and pages. */
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

/** Clinical systems first, then platforms, then services: the order of filters and choices. */
export const productCategoryOrder = Object.keys(productCategoryLabels) as ProductCategory[];

/** Address slugs of each category: `?category=pacs-ris`. */
export const productCategorySlugs: Record<ProductCategory, string> = Object.fromEntries(
  productCategoryOrder.map((category) => [category, category.toLowerCase().replace(/_/g, '-')]),
) as Record<ProductCategory, string>;

/** What one unit of a price is, singular and plural. */
export const pricingUnitNouns: Record<Exclude<PricingUnit, 'FIXED'>, { one: string; many: string }> = {
  PER_BED: { one: 'bed', many: 'beds' },
  PER_DAY: { one: 'day', many: 'days' },
  PER_DEVICE: { one: 'device', many: 'devices' },
  PER_LICENCE: { one: 'licence', many: 'licences' },
  PER_REGISTERED_PATIENT: { one: 'registered patient', many: 'registered patients' },
  PER_SITE: { one: 'site', many: 'sites' },
  PER_TRANSACTION: { one: 'transaction', many: 'transactions' },
  PER_USER: { one: 'user', many: 'users' },
};

const periodWords: Record<BillingPeriod, string> = {
  ANNUAL: 'per year',
  MONTHLY: 'per month',
  ONE_OFF: 'one-off',
};

/**
 * How a price is charged, to follow the amount: "per user per year", "per site, one-off",
 * "fixed charge per month", "one-off fixed charge".
 */
export function chargeLabel(unit: PricingUnit, period: BillingPeriod): string {
  if (unit === 'FIXED')
    return period === 'ONE_OFF' ? 'one-off fixed charge' : `fixed charge ${periodWords[period]}`;
  const each = `per ${pricingUnitNouns[unit].one}`;
  return period === 'ONE_OFF' ? `${each}, one-off` : `${each} ${periodWords[period]}`;
}

/** Whether a supplier is a small or medium-sized enterprise, in words. */
export function smeLabel(sme: boolean): string {
  return sme ? 'Small or medium-sized enterprise (SME)' : 'Not an SME';
}
