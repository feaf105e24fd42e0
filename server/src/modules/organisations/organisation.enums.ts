import { registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  TRUST = 'TRUST',
  CENTRAL_BODY = 'CENTRAL_BODY',
  ICB = 'ICB',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What sort of organisation this is.',
  valuesConfig: {
    TRUST: { description: 'An NHS trust or foundation trust.' },
    CENTRAL_BODY: { description: 'A central or regional body that publishes framework deals.' },
    ICB: { description: 'An integrated care board.' },
  },
});

export enum TrustType {
  ACUTE = 'ACUTE',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  COMMUNITY = 'COMMUNITY',
  AMBULANCE = 'AMBULANCE',
  SPECIALIST = 'SPECIALIST',
  NOT_ESTABLISHED = 'NOT_ESTABLISHED',
}

registerEnumType(TrustType, {
  name: 'TrustType',
  description:
    'The kind of care a trust mainly provides. ODS does not record it, so it is set only when known.',
  valuesConfig: {
    ACUTE: { description: 'Acute hospital trust.' },
    MENTAL_HEALTH: { description: 'Mental health trust.' },
    COMMUNITY: { description: 'Community services trust.' },
    AMBULANCE: { description: 'Ambulance service trust.' },
    SPECIALIST: { description: 'Specialist trust (for example a single-specialty hospital).' },
    NOT_ESTABLISHED: { description: 'Not established from the reference data and not yet set by a person.' },
  },
});

export enum TrustTypeSource {
  NAME_HINT = 'NAME_HINT',
  PERSON = 'PERSON',
}

registerEnumType(TrustTypeSource, {
  name: 'TrustTypeSource',
  description: 'Where a trust type came from.',
  valuesConfig: {
    NAME_HINT: {
      description: 'A safe hint in the ODS name (AMBULANCE, MENTAL HEALTH, COMMUNITY without HOSPITAL).',
    },
    PERSON: { description: 'Set by a person; reference data loads never change it.' },
  },
});

export enum CodeSource {
  ODS = 'ODS',
  LOCAL = 'LOCAL',
}

registerEnumType(CodeSource, {
  name: 'CodeSource',
  description: 'Who assigned an organisation code.',
  valuesConfig: {
    ODS: { description: 'The NHS Organisation Data Service.' },
    LOCAL: { description: 'Concord, for a body whose ODS code is not confirmed (codes start with CC-).' },
  },
});
