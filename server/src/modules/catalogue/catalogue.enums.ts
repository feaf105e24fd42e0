import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';

export const ProductCategory = defineEnum('ProductCategory', 'What kind of product or service it is.', {
  EPR: 'Electronic patient record.',
  PAS: 'Patient administration system.',
  PACS_RIS: 'Picture archiving and radiology information systems.',
  LIMS: 'Laboratory information management.',
  EPMA: 'Electronic prescribing and medicines administration.',
  PATIENT_FLOW: 'Patient flow, bed management and command centres.',
  DIGITAL_DICTATION: 'Digital dictation and speech recognition.',
  PATIENT_ENGAGEMENT: 'Patient portals, messaging and remote monitoring.',
  INTEGRATION: 'Integration engines and interoperability platforms.',
  CYBER_SECURITY: 'Cyber security products and services.',
  INFRASTRUCTURE: 'Data-centre hardware, storage and networks.',
  END_USER_DEVICES: 'Laptops, desktops, tablets and peripherals.',
  CLOUD: 'Cloud hosting and platform services.',
  PROFESSIONAL_SERVICES: 'Consultancy, implementation and technical services, priced by day.',
  OTHER: 'Anything not covered above.',
});
export type ProductCategory = EnumValue<typeof ProductCategory>;

export const PricingUnit = defineEnum('PricingUnit', 'What one unit of a price is.', {
  PER_USER: 'Each named or concurrent user.',
  PER_BED: 'Each bed.',
  PER_SITE: 'Each site.',
  PER_REGISTERED_PATIENT: 'Each registered patient.',
  PER_LICENCE: 'Each licence.',
  PER_TRANSACTION: 'Each transaction.',
  PER_DEVICE: 'Each device (laptops, tablets, peripherals).',
  PER_DAY: 'Each day of professional services, for a role and grade.',
  FIXED: 'One fixed charge, whatever the quantity.',
});
export type PricingUnit = EnumValue<typeof PricingUnit>;

export const BillingPeriod = defineEnum('BillingPeriod', 'How often a price is charged.', {
  ONE_OFF: 'Once.',
  MONTHLY: 'Every month.',
  ANNUAL: 'Every year.',
});
export type BillingPeriod = EnumValue<typeof BillingPeriod>;

export const TierCalculation = defineEnum('TierCalculation', 'How volume bands are applied to a quantity.', {
  CUMULATIVE: 'Each band is charged at its own price (like income tax bands).',
  SINGLE_FIXED: 'The whole quantity is charged at the price of the band it lands in.',
});
export type TierCalculation = EnumValue<typeof TierCalculation>;
