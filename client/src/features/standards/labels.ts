import type {
  StandardAppliesTo,
  StandardAssessment,
  StandardCategory,
  StandardStatus,
} from '../../gql/graphql';
import type { TagColour } from '../../shared/ui/tag';

/** What each area of standards is called on screen, in the catalogue's order (the server's). */
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
export const standardCategorySlugs = Object.fromEntries(
  standardCategoryOrder.map((category) => [category, category.toLowerCase().replace(/_/g, '-')]),
) as Record<StandardCategory, string>;

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

export const statusLabels: Record<StandardStatus, string> = {
  DRAFT: 'Draft',
  EFFECTIVE: 'In force',
  RETIRED: 'Retired',
};

export const statusHints: Record<StandardStatus, string> = {
  DRAFT: 'Being prepared: buyers do not ask for it yet',
  EFFECTIVE: 'Buyers may ask for it',
  RETIRED: 'No longer in force',
};

export const statusColours: Record<StandardStatus, TagColour> = {
  DRAFT: 'yellow',
  EFFECTIVE: 'green',
  RETIRED: 'grey',
};

export const statusOrder: StandardStatus[] = ['EFFECTIVE', 'DRAFT', 'RETIRED'];

export const statusSlugs: Record<StandardStatus, string> = {
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
