import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';

export const OrganisationKind = defineEnum('OrganisationKind', 'What sort of organisation this is.', {
  TRUST: 'An NHS trust or foundation trust.',
  CENTRAL_BODY: 'A central or regional body that publishes framework deals.',
  ICB: 'An integrated care board.',
});
export type OrganisationKind = EnumValue<typeof OrganisationKind>;

export const TrustType = defineEnum(
  'TrustType',
  'The kind of care a trust mainly provides. ODS does not record it, so it is set only when known.',
  {
    ACUTE: 'Acute hospital trust.',
    MENTAL_HEALTH: 'Mental health trust.',
    COMMUNITY: 'Community services trust.',
    AMBULANCE: 'Ambulance service trust.',
    SPECIALIST: 'Specialist trust (for example a single-specialty hospital).',
    NOT_ESTABLISHED: 'Not established from the reference data and not yet set by a person.',
  },
);
export type TrustType = EnumValue<typeof TrustType>;

export const TrustTypeSource = defineEnum('TrustTypeSource', 'Where a trust type came from.', {
  NAME_HINT: 'A safe hint in the ODS name (AMBULANCE, MENTAL HEALTH, COMMUNITY without HOSPITAL).',
  PERSON: 'Set by a person; reference data loads never change it.',
});
export type TrustTypeSource = EnumValue<typeof TrustTypeSource>;

export const CodeSource = defineEnum('CodeSource', 'Who assigned an organisation code.', {
  ODS: 'The NHS Organisation Data Service.',
  LOCAL: 'Concord, for a body whose ODS code is not confirmed (codes start with CC-).',
});
export type CodeSource = EnumValue<typeof CodeSource>;
