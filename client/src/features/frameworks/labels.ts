import type { AmendmentKind, FrameworkStatus, ProductCategory } from '../../gql/graphql';
import type { TagColour } from '../../shared/ui/tag';

// The same words and address slugs as the catalogue pages use for categories, so a filter reads
// the same wherever it appears. (Kept here until they move to shared/labels.)

/** Full names of each product category, for filters and the lot's details. */
export const categoryNames: Record<ProductCategory, string> = {
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
export const categoryShortNames: Record<ProductCategory, string> = {
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

/** Clinical systems first, then platforms, then services: the order of filters and lists. */
export const categoryOrder = Object.keys(categoryNames) as ProductCategory[];

/** Address slugs of each category: `?category=pacs-ris`. */
export const categorySlugs = Object.fromEntries(
  categoryOrder.map((category) => [category, category.toLowerCase().replace(/_/g, '-')]),
) as Record<ProductCategory, string>;

export const statusLabels: Record<FrameworkStatus, string> = {
  PUBLISHED: 'Published',
  EXPIRED: 'Expired',
  WITHDRAWN: 'Withdrawn',
  DRAFT: 'Draft',
};

export const statusColours: Record<FrameworkStatus, TagColour> = {
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
