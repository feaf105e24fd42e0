import { expect } from 'vitest';
import type { UserErrorShape } from './catalogue.js';
import { createUser, TEST_PASSWORD } from './factories.js';
import type { SignedInClient, TestServer } from './test-server.js';

export const DECLARATION_FIELDS = /* GraphQL */ `
  id
  status
  declaredStatus
  level
  notApplicableReason
  evidenceStatement
  evidenceLinks
  certificateNumber
  certificateIssuedOn
  expiresOn
  remediationDueOn
  remediationActions
  declaredByName
  current
  lapsed
  overdue
  verification
  verificationComment
  verifiedByName
  rowVersion
  viewerCanSupersede
  viewerCanVerify
  standard { code }
  organisation { odsCode }
  productVersion { id version }
`;

export type DeclarationShape = {
  id: string;
  status: string;
  declaredStatus: string;
  level: string | null;
  notApplicableReason: string | null;
  evidenceStatement: string;
  evidenceLinks: string[] | null;
  certificateNumber: string | null;
  certificateIssuedOn: string | null;
  expiresOn: string | null;
  remediationDueOn: string | null;
  remediationActions: string[];
  declaredByName: string | null;
  current: boolean;
  lapsed: boolean;
  overdue: boolean;
  verification: string | null;
  verificationComment: string | null;
  verifiedByName: string | null;
  rowVersion: number;
  viewerCanSupersede: boolean;
  viewerCanVerify: boolean;
  standard: { code: string };
  organisation: { odsCode: string } | null;
  productVersion: { id: string; version: string } | null;
};

export type DeclarationPayloadShape = { declaration: DeclarationShape | null; userErrors: UserErrorShape[] };

const payload = (name: string, input: string) => /* GraphQL */ `
  mutation($input: ${input}!) {
    ${name}(input: $input) {
      declaration { ${DECLARATION_FIELDS} }
      userErrors { field code message }
    }
  }
`;
export const DECLARE = payload('declareCompliance', 'DeclareComplianceInput');
export const SUPERSEDE = payload('supersedeDeclaration', 'SupersedeDeclarationInput');
export const VERIFY = payload('verifyDeclaration', 'VerifyDeclarationInput');
export const REJECT = payload('rejectDeclaration', 'VerifyDeclarationInput');

/** Signs in a new user acting for the supplier (a SUPPLIER membership). */
export async function signInForSupplier(server: TestServer, supplierId: string): Promise<SignedInClient> {
  const user = await createUser(server.server.orm.em.fork(), [['SUPPLIER', null]], {}, supplierId);
  return server.signIn(user.email, TEST_PASSWORD);
}

type Mutation = 'declareCompliance' | 'supersedeDeclaration' | 'verifyDeclaration' | 'rejectDeclaration';
const documents: Record<Mutation, string> = {
  declareCompliance: DECLARE,
  supersedeDeclaration: SUPERSEDE,
  verifyDeclaration: VERIFY,
  rejectDeclaration: REJECT,
};

/** Runs a compliance mutation and returns its payload (GraphQL errors fail the test). */
export async function sendDeclaration(
  as: SignedInClient,
  mutation: Mutation,
  input: Record<string, unknown>,
): Promise<DeclarationPayloadShape> {
  const res = await as.gql<Record<Mutation, DeclarationPayloadShape>>(documents[mutation], { input });
  expect(res.errors).toBeUndefined();
  return res.data![mutation];
}

/** Runs a compliance mutation that must succeed; returns the declaration. */
export async function declared(
  as: SignedInClient,
  mutation: Mutation,
  input: Record<string, unknown>,
): Promise<DeclarationShape> {
  const result = await sendDeclaration(as, mutation, input);
  expect(result.userErrors).toEqual([]);
  return result.declaration!;
}

/** A supplier's user declares each standard COMPLIANT for the version (a product standard without certificates). */
export async function declareConformance(
  supplier: SignedInClient,
  versionId: string,
  standardCodes: string[],
): Promise<DeclarationShape[]> {
  const result: DeclarationShape[] = [];
  for (const standardCode of standardCodes) {
    result.push(
      await declared(supplier, 'declareCompliance', {
        subject: { productVersionId: versionId },
        standardCode,
        status: 'COMPLIANT',
        evidence: { statement: 'Assessed by the supplier’s clinical safety officer.', links: [] },
      }),
    );
  }
  return result;
}
