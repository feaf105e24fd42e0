import type {
  DeclarationHistoryQuery,
  DeclarationPage_DeclarationFragment,
  NewOrganisationDeclarationPageQuery,
} from '../../gql/graphql';
import { royalFree, user, type Me } from '../../test/render-frame';

/** Test data for the declaration pages' component tests, in the shapes their queries ask for. */

export const complianceAtRoyalFree = {
  __typename: 'Membership',
  id: 'membership-compliance-ral',
  role: 'TRUST_COMPLIANCE',
  organisation: royalFree,
  supplier: null,
} as const;

/** The Royal Free's compliance lead, who declares for the trust. */
export const sam: Me = user('Sam Compliance', [complianceAtRoyalFree]);

const snomedStandard = {
  __typename: 'Standard' as const,
  id: 'std-snomed',
  code: 'SNOMED_CT',
  name: 'SNOMED CT UK Edition',
  assessment: 'PASS_FAIL' as const,
  compliantLevels: [] as string[],
  certificateMonths: null,
};

/** The Royal Free's SNOMED CT declaration, compliant, with evidence, not yet verified. */
export function declarationFixture(
  patch: Partial<DeclarationPage_DeclarationFragment> = {},
): DeclarationPage_DeclarationFragment {
  return {
    __typename: 'ComplianceDeclaration',
    id: 'decl-1',
    rowVersion: 1,
    current: true,
    supersededAt: null,
    status: 'COMPLIANT',
    declaredStatus: 'COMPLIANT',
    lapsed: false,
    overdue: false,
    level: null,
    notApplicableReason: null,
    evidenceStatement: 'SNOMED CT UK Edition is used in the EPR for problems and procedures.',
    evidenceLinks: ['https://assurance.royalfree.example/snomed.pdf'],
    certificateNumber: null,
    certificateIssuedOn: null,
    expiresOn: null,
    remediationDueOn: null,
    remediationActions: [],
    declaredAt: '2026-11-30T10:15:00.000Z',
    declaredByName: 'Sam Compliance',
    verification: null,
    verificationComment: null,
    verifiedAt: null,
    verifiedByName: null,
    viewerCanSupersede: false,
    viewerCanVerify: false,
    standard: snomedStandard,
    organisation: { __typename: 'Organisation', id: royalFree.id, odsCode: 'RAL', name: royalFree.name },
    productVersion: null,
    localAcceptances: [],
    ...patch,
  };
}

export function historyFixture(declaration: DeclarationPage_DeclarationFragment): DeclarationHistoryQuery {
  return {
    declarationHistory: [
      {
        __typename: 'ComplianceDeclaration',
        id: declaration.id,
        current: declaration.current,
        declaredAt: declaration.declaredAt,
        declaredByName: declaration.declaredByName,
        status: declaration.status,
        level: declaration.level,
        expiresOn: declaration.expiresOn,
        supersededAt: declaration.supersededAt,
        verification: declaration.verification,
      },
    ],
  };
}

/** What the declaration form loads for the Royal Free: two standards, nothing declared yet. */
export const royalFreeFormData: NewOrganisationDeclarationPageQuery = {
  organisation: {
    __typename: 'Organisation',
    id: royalFree.id,
    odsCode: 'RAL',
    name: royalFree.name,
    kind: 'TRUST',
  },
  standards: {
    __typename: 'StandardConnection',
    edges: [
      {
        __typename: 'StandardEdge',
        node: {
          ...snomedStandard,
          category: 'TERMINOLOGY',
          status: 'EFFECTIVE',
          levels: [],
        },
      },
      {
        __typename: 'StandardEdge',
        node: {
          __typename: 'Standard',
          id: 'std-dspt',
          code: 'DSPT',
          name: 'Data Security and Protection Toolkit',
          category: 'SECURITY',
          status: 'EFFECTIVE',
          assessment: 'LEVELS',
          levels: ['APPROACHING_STANDARDS', 'STANDARDS_MET', 'STANDARDS_EXCEEDED', 'STANDARDS_NOT_MET'],
          compliantLevels: ['STANDARDS_MET', 'STANDARDS_EXCEEDED'],
          certificateMonths: null,
        },
      },
    ],
  },
  declarations: { __typename: 'DeclarationConnection', totalCount: 0, edges: [] },
};
