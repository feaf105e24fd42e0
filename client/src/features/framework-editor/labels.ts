import type {
  BillingPeriod,
  FrameworkStatus,
  PricingUnit,
  ProductCategory,
  StandardCategory,
  TierCalculation,
} from '../../gql/graphql';

/** What one unit of a price is, as a choice in a list. */
export const pricingUnitLabels: Record<PricingUnit, string> = {
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

/** The same units inside a sentence: "£12.50 per user". */
export const pricingUnitShort: Record<PricingUnit, string> = {
  PER_USER: 'per user',
  PER_LICENCE: 'per licence',
  PER_BED: 'per bed',
  PER_SITE: 'per site',
  PER_DEVICE: 'per device',
  PER_REGISTERED_PATIENT: 'per registered patient',
  PER_TRANSACTION: 'per transaction',
  PER_DAY: 'per day',
  FIXED: 'fixed',
};

/** What one band's unit is called in the bands table. */
export const unitNouns: Record<PricingUnit, string> = {
  PER_USER: 'users',
  PER_LICENCE: 'licences',
  PER_BED: 'beds',
  PER_SITE: 'sites',
  PER_DEVICE: 'devices',
  PER_REGISTERED_PATIENT: 'registered patients',
  PER_TRANSACTION: 'transactions',
  PER_DAY: 'days',
  FIXED: 'units',
};

export const billingPeriodLabels: Record<BillingPeriod, string> = {
  ANNUAL: 'Every year',
  MONTHLY: 'Every month',
  ONE_OFF: 'Once (one-off charge)',
};

export const billingPeriodShort: Record<BillingPeriod, string> = {
  ANNUAL: 'a year',
  MONTHLY: 'a month',
  ONE_OFF: 'one-off',
};

export const tierCalculationLabels: Record<TierCalculation, { label: string; hint: string }> = {
  CUMULATIVE: {
    label: 'Cumulative',
    hint: 'Each band is charged at its own price, like income tax bands. With bands of 1 to 250 and 251 and above, 300 units are 250 at the first price and 50 at the second.',
  },
  SINGLE_FIXED: {
    label: 'Single fixed',
    hint: 'The whole quantity is charged at the price of the band it falls in. 300 units are all charged at the second band’s price.',
  },
};

export const categoryLabels: Record<ProductCategory, string> = {
  EPR: 'Electronic patient record',
  PAS: 'Patient administration system',
  EPMA: 'Electronic prescribing and medicines administration',
  PACS_RIS: 'Picture archiving and radiology information systems',
  LIMS: 'Laboratory information management',
  PATIENT_FLOW: 'Patient flow and bed management',
  PATIENT_ENGAGEMENT: 'Patient engagement and remote monitoring',
  DIGITAL_DICTATION: 'Digital dictation and speech recognition',
  INTEGRATION: 'Integration and interoperability',
  CYBER_SECURITY: 'Cyber security',
  CLOUD: 'Cloud hosting and platforms',
  INFRASTRUCTURE: 'Infrastructure: hardware, storage and networks',
  END_USER_DEVICES: 'End-user devices',
  PROFESSIONAL_SERVICES: 'Professional services (day rates)',
  OTHER: 'Other',
};

export const standardCategoryLabels: Record<StandardCategory, string> = {
  ACCESSIBILITY: 'Accessibility',
  ASSURANCE: 'Assurance',
  CLINICAL_RECORD: 'Clinical records',
  CLINICAL_SAFETY: 'Clinical safety',
  IDENTITY: 'Identity',
  INTEROPERABILITY_API: 'Interoperability: APIs',
  INTEROPERABILITY_MESSAGING: 'Interoperability: messaging',
  SECURITY: 'Security',
  SERVICE_DESIGN: 'Service design',
  TERMINOLOGY: 'Terminology',
};

export const statusLabels: Record<FrameworkStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  EXPIRED: 'Expired',
  WITHDRAWN: 'Withdrawn',
};

/** Choices in the order people look for them. */
export const pricingUnitOrder = Object.keys(pricingUnitLabels) as PricingUnit[];
export const billingPeriodOrder = Object.keys(billingPeriodLabels) as BillingPeriod[];
export const categoryOrder = Object.keys(categoryLabels) as ProductCategory[];
