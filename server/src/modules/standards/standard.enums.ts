import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';

export const StandardCategory = defineEnum('StandardCategory', 'What area a standard covers.', {
  CLINICAL_SAFETY: 'Clinical risk management (for example DCB0129, DCB0160).',
  ASSURANCE: 'Assurance frameworks a product or organisation is assessed against (for example DTAC).',
  SECURITY: 'Information and cyber security (for example DSPT, Cyber Essentials, ISO 27001).',
  INTEROPERABILITY_API: 'Interoperability through APIs (for example FHIR UK Core, GP Connect).',
  INTEROPERABILITY_MESSAGING: 'Interoperability through messaging (for example MESH, HL7 v2, DICOM).',
  TERMINOLOGY: 'Clinical terminologies and classifications (for example SNOMED CT, dm+d).',
  IDENTITY: 'Identity of patients and staff (for example NHS number, NHS CIS2).',
  CLINICAL_RECORD: 'Clinical record content standards (for example PRSB).',
  ACCESSIBILITY: 'Accessibility (for example WCAG 2.2 AA).',
  SERVICE_DESIGN: 'Service design (for example the NHS service standard).',
});
export type StandardCategory = EnumValue<typeof StandardCategory>;

export const StandardAppliesTo = defineEnum(
  'StandardAppliesTo',
  'What can declare conformance with a standard.',
  {
    PRODUCT: 'Products (declared by their suppliers).',
    ORGANISATION: 'Organisations (declared by trusts).',
    BOTH: 'Products and organisations.',
  },
);
export type StandardAppliesTo = EnumValue<typeof StandardAppliesTo>;

export const StandardAssessment = defineEnum(
  'StandardAssessment',
  'How conformance with a standard is assessed.',
  {
    PASS_FAIL: 'Met or not met.',
    LEVELS: 'One of the standard’s named levels (see `levels`).',
  },
);
export type StandardAssessment = EnumValue<typeof StandardAssessment>;

export const StandardStatus = defineEnum('StandardStatus', 'Where a standard is in its life.', {
  DRAFT: 'Being prepared by a central team; not yet asked for.',
  EFFECTIVE: 'In force: buyers may ask for it.',
  RETIRED: 'No longer in force (see `supersededBy` for its successor, if any).',
});
export type StandardStatus = EnumValue<typeof StandardStatus>;
