import type { OrganisationKind, TrustType } from '../../gql/graphql';

/** Short names of each kind, for filters and table cells. */
export const kindLabels: Record<OrganisationKind, string> = {
  TRUST: 'Trust',
  ICB: 'ICB',
  CENTRAL_BODY: 'Central body',
};

/** Full names of each kind, for the organisation page. */
export const kindNames: Record<OrganisationKind, string> = {
  TRUST: 'NHS trust',
  ICB: 'Integrated care board (ICB)',
  CENTRAL_BODY: 'Central body',
};

export const trustTypeLabels: Record<TrustType, string> = {
  ACUTE: 'Acute',
  AMBULANCE: 'Ambulance',
  COMMUNITY: 'Community',
  MENTAL_HEALTH: 'Mental health',
  SPECIALIST: 'Specialist',
  NOT_ESTABLISHED: 'Not established',
};
