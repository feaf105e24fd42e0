import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaFile } from '../src/core/paths.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import type { Role } from '../src/modules/identity/role.js';
import { createUser, TEST_PASSWORD } from './factories.js';
import { useTestServer, type TestServer } from './test-server.js';

/**
 * Every operation in the committed schema, with who may call it. A new Query or Mutation field
 * fails this test until it is added here, so no operation ships without a decision.
 */
type Who = 'anonymous' | Role;
const everyone: Who[] = [
  'anonymous',
  'ADMIN',
  'CENTRAL_COMMERCIAL',
  'TRUST_PROCUREMENT',
  'TRUST_COMPLIANCE',
  'SUPPLIER',
];
const signedIn: Who[] = everyone.filter((who) => who !== 'anonymous');

type Operation = { allowed: Who[]; document: string; variables?: () => Record<string, unknown> };
const admins: Who[] = ['ADMIN'];
const auditReaders: Who[] = ['ADMIN', 'CENTRAL_COMMERCIAL'];
const central: Who[] = ['CENTRAL_COMMERCIAL'];
const catalogueEditors: Who[] = ['CENTRAL_COMMERCIAL', 'SUPPLIER'];
const SUPPLIER_FIELDS = 'name: "Matrix Ltd", companiesHouseNumber: "not a number", sme: false';
const PRODUCT_FIELDS = 'name: "Matrix", category: EPR, cpvCode: "48180000-3"';
const STANDARD_FIELDS =
  'code: "!", name: "x", publisher: "x", category: SECURITY, appliesTo: BOTH, assessment: PASS_FAIL, status: DRAFT';
const DRAFT_FIELDS = 'reference: "!", title: "x", startDate: "2026-01-01", endDate: "2025-01-01"';
const NO_ID = '00000000-0000-0000-0000-000000000000';
const contractReaders: Who[] = ['CENTRAL_COMMERCIAL', 'TRUST_PROCUREMENT', 'TRUST_COMPLIANCE'];
const contractEditors: Who[] = ['CENTRAL_COMMERCIAL', 'TRUST_PROCUREMENT'];
const CONTRACT_FIELDS = `supplierId: "${NO_ID}", route: OTHER, reference: "", title: "", startDate: "2026-01-01", endDate: "2025-01-01", lines: []`;
const CONTRACT_VERSION = `id: "${NO_ID}", expectedRowVersion: 1`;

const declarers: Who[] = ['TRUST_COMPLIANCE', 'SUPPLIER'];
const DECLARATION_CONTENT = 'status: COMPLIANT';

const operations: Record<string, Operation> = {
  'Query.complianceMatrix': { allowed: everyone, document: '{ complianceMatrix { rows { id } } }' },
  'Query.complianceCoverage': { allowed: everyone, document: '{ complianceCoverage { trusts } }' },
  'Query.estate': {
    allowed: contractReaders,
    document: '{ estate(input: { odsCode: "RAL" }) { systems { productVersionId } } }',
  },
  'Query.complianceAttention': {
    allowed: contractReaders,
    document: '{ complianceAttention(input: { scope: ORGANISATION, code: "RAL" }) { withinDays } }',
  },
  'Query.complianceNotices': { allowed: signedIn, document: '{ complianceNotices { kind } }' },
  'Query.declarations': { allowed: everyone, document: '{ declarations(first: 1) { totalCount } }' },
  'Query.declaration': { allowed: everyone, document: `{ declaration(id: "${NO_ID}") { id } }` },
  'Query.declarationHistory': {
    allowed: everyone,
    document: '{ declarationHistory(subject: { organisationOdsCode: "RAL" }, standardCode: "DSPT") { id } }',
  },
  'Mutation.declareCompliance': {
    allowed: declarers,
    document: `mutation { declareCompliance(input: { subject: { productVersionId: "${NO_ID}" }, standardCode: "NOPE", ${DECLARATION_CONTENT} }) { userErrors { code } } }`,
  },
  'Mutation.supersedeDeclaration': {
    allowed: declarers,
    document: `mutation { supersedeDeclaration(input: { id: "${NO_ID}", expectedRowVersion: 1, ${DECLARATION_CONTENT} }) { userErrors { code } } }`,
  },
  'Mutation.verifyDeclaration': {
    allowed: central,
    document: `mutation { verifyDeclaration(input: { id: "${NO_ID}", expectedRowVersion: 1 }) { userErrors { code } } }`,
  },
  'Mutation.rejectDeclaration': {
    allowed: central,
    document: `mutation { rejectDeclaration(input: { id: "${NO_ID}", expectedRowVersion: 1, comment: "x" }) { userErrors { code } } }`,
  },
  'Mutation.acceptDeclarationLocally': {
    allowed: ['TRUST_COMPLIANCE'],
    document: `mutation { acceptDeclarationLocally(input: { declarationId: "${NO_ID}", note: "x" }) { userErrors { code } } }`,
  },
  'Query.savingsOpportunities': {
    allowed: contractEditors,
    document: '{ savingsOpportunities(input: { scope: TRUST, code: "RAL", target: MEDIAN }) { lineCount } }',
  },
  'Query.priceVersusVolume': {
    allowed: contractEditors,
    document: '{ priceVersusVolume(input: { pricingUnit: PER_USER }) { n } }',
  },
  'Query.collaborationOpportunities': {
    allowed: contractEditors,
    document:
      '{ collaborationOpportunities(input: { category: EPR, windowMonths: 6, scope: ICB }) { trustCount } }',
  },
  'Query.frameworkUptake': { allowed: central, document: '{ frameworkUptake { total { contracts } } }' },
  'Query.priceBenchmark': {
    allowed: contractEditors,
    document: '{ priceBenchmark(input: { category: EPR, pricingUnit: PER_USER }) { lineCount } }',
  },
  'Query.contracts': { allowed: contractReaders, document: '{ contracts(first: 1) { totalCount } }' },
  'Query.contract': { allowed: contractReaders, document: `{ contract(id: "${NO_ID}") { id } }` },
  'Query.contractImport': { allowed: contractEditors, document: `{ contractImport(id: "${NO_ID}") { id } }` },
  'Mutation.uploadContractRegister': {
    allowed: contractEditors,
    document:
      'mutation { uploadContractRegister(input: { fileName: "x.csv", csv: "" }) { userErrors { code } } }',
  },
  'Mutation.chooseContractImportMatches': {
    allowed: contractEditors,
    document: `mutation { chooseContractImportMatches(input: { id: "${NO_ID}", choices: [] }) { userErrors { code } } }`,
  },
  'Mutation.commitContractImport': {
    allowed: contractEditors,
    document: `mutation { commitContractImport(input: { id: "${NO_ID}" }) { userErrors { code } } }`,
  },
  'Mutation.importOcdsPackage': {
    allowed: contractEditors,
    document:
      'mutation { importOcdsPackage(input: { fileName: "x.json", json: "{}" }) { userErrors { code } } }',
  },
  'Mutation.createContract': {
    allowed: contractEditors,
    document: `mutation { createContract(input: { ${CONTRACT_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.updateContract': {
    allowed: contractEditors,
    document: `mutation { updateContract(input: { ${CONTRACT_VERSION}, ${CONTRACT_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.confirmContract': {
    allowed: contractEditors,
    document: `mutation { confirmContract(input: { ${CONTRACT_VERSION} }) { userErrors { code } } }`,
  },
  'Mutation.endContractEarly': {
    allowed: contractEditors,
    document: `mutation { endContractEarly(input: { ${CONTRACT_VERSION}, endDate: "2026-01-01", reason: "x" }) { userErrors { code } } }`,
  },
  'Mutation.deleteContract': {
    allowed: contractEditors,
    document: `mutation { deleteContract(input: { ${CONTRACT_VERSION} }) { userErrors { code } } }`,
  },
  'Query.organisations': { allowed: everyone, document: '{ organisations(first: 1) { totalCount } }' },
  'Query.organisation': { allowed: everyone, document: '{ organisation(odsCode: "RAL") { name } }' },
  'Query.regions': { allowed: everyone, document: '{ regions { code } }' },
  'Query.icbs': { allowed: everyone, document: '{ icbs { code } }' },
  'Query.standards': { allowed: everyone, document: '{ standards(first: 1) { totalCount } }' },
  'Query.standard': { allowed: everyone, document: '{ standard(code: "DSPT") { name } }' },
  'Query.suppliers': { allowed: everyone, document: '{ suppliers(first: 1) { totalCount } }' },
  'Query.supplier': { allowed: everyone, document: `{ supplier(id: "${NO_ID}") { name } }` },
  'Query.products': { allowed: everyone, document: '{ products(first: 1) { totalCount } }' },
  'Query.product': { allowed: everyone, document: `{ product(id: "${NO_ID}") { name } }` },
  'Query.cpvCodes': { allowed: everyone, document: '{ cpvCodes(search: "software", first: 1) { code } }' },
  'Query.frameworks': { allowed: everyone, document: '{ frameworks(first: 1) { totalCount } }' },
  'Query.framework': { allowed: everyone, document: '{ framework(reference: "NONE") { title } }' },
  'Mutation.createSupplier': {
    allowed: central,
    document: `mutation { createSupplier(input: { ${SUPPLIER_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.updateSupplier': {
    allowed: catalogueEditors,
    document: `mutation { updateSupplier(input: { id: "${NO_ID}", expectedRowVersion: 1, ${SUPPLIER_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.createProduct': {
    allowed: catalogueEditors,
    document: `mutation { createProduct(input: { supplierId: "${NO_ID}", versions: ["1"], ${PRODUCT_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.updateProduct': {
    allowed: catalogueEditors,
    document: `mutation { updateProduct(input: { id: "${NO_ID}", expectedRowVersion: 1, ${PRODUCT_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.addProductVersion': {
    allowed: catalogueEditors,
    document: `mutation { addProductVersion(input: { productId: "${NO_ID}", version: "2" }) { userErrors { code } } }`,
  },
  'Mutation.createStandard': {
    allowed: central,
    document: `mutation { createStandard(input: { ${STANDARD_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.updateStandard': {
    allowed: central,
    document: `mutation { updateStandard(input: { id: "${NO_ID}", expectedRowVersion: 1, ${STANDARD_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.createFramework': {
    allowed: central,
    document: `mutation { createFramework(input: { ${DRAFT_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.updateFramework': {
    allowed: central,
    document: `mutation { updateFramework(input: { id: "${NO_ID}", expectedRowVersion: 1, ${DRAFT_FIELDS} }) { userErrors { code } } }`,
  },
  'Mutation.publishFramework': {
    allowed: central,
    document: `mutation { publishFramework(input: { id: "${NO_ID}", expectedRowVersion: 1 }) { userErrors { code } } }`,
  },
  'Mutation.amendFramework': {
    allowed: central,
    document: `mutation { amendFramework(input: { id: "${NO_ID}", expectedRowVersion: 1, reason: "x", extend: { endDate: "2030-01-01" } }) { userErrors { code } } }`,
  },
  'Mutation.withdrawFramework': {
    allowed: central,
    document: `mutation { withdrawFramework(input: { id: "${NO_ID}", expectedRowVersion: 1, reason: "x" }) { userErrors { code } } }`,
  },
  'Query.me': { allowed: everyone, document: '{ me { user { id } } }' },
  'Mutation.signIn': {
    allowed: everyone,
    document:
      'mutation { signIn(input: { email: "nobody@test.example", password: "x" }) { userErrors { code } } }',
  },
  'Mutation.signOut': { allowed: everyone, document: 'mutation { signOut { signedOut } }' },
  'Query.users': { allowed: admins, document: '{ users(first: 5) { totalCount } }' },
  'Query.user': { allowed: admins, document: `{ user(id: "${NO_ID}") { id } }` },
  'Query.auditEvents': { allowed: auditReaders, document: '{ auditEvents(first: 5) { totalCount } }' },
  'Mutation.createUser': {
    allowed: admins,
    document:
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }',
    variables: () => ({
      input: {
        email: `matrix-${Math.random().toString(36).slice(2)}@test.example`,
        name: 'Matrix',
        password: TEST_PASSWORD,
      },
    }),
  },
  'Mutation.addMembership': {
    allowed: admins,
    document: `mutation { addMembership(input: { userId: "${NO_ID}", role: TRUST_PROCUREMENT, organisationOdsCode: "RAL" }) { userErrors { code } } }`,
  },
  'Mutation.removeMembership': {
    allowed: admins,
    document: `mutation { removeMembership(input: { membershipId: "${NO_ID}" }) { userErrors { code } } }`,
  },
  'Mutation.deactivateUser': {
    allowed: admins,
    document: `mutation { deactivateUser(input: { userId: "${NO_ID}" }) { userErrors { code } } }`,
  },
  'Mutation.reactivateUser': {
    allowed: admins,
    document: `mutation { reactivateUser(input: { userId: "${NO_ID}" }) { userErrors { code } } }`,
  },
  'Mutation.createApiToken': {
    allowed: signedIn,
    document: `mutation { createApiToken(input: { name: "x", membershipId: "${NO_ID}" }) { userErrors { code } } }`,
  },
  'Mutation.revokeApiToken': {
    allowed: signedIn,
    document: `mutation { revokeApiToken(input: { id: "${NO_ID}" }) { userErrors { code } } }`,
  },
  'Mutation.switchMembership': {
    allowed: signedIn,
    document:
      'mutation { switchMembership(input: { membershipId: "00000000-0000-0000-0000-000000000000" }) { userErrors { code } } }',
  },
};

function schemaOperations(): string[] {
  const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
  return [schema.getQueryType(), schema.getMutationType()]
    .filter((type) => type !== null && type !== undefined)
    .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
    .sort();
}

const memberships: Record<Role, [Role, string | null]> = {
  ADMIN: ['ADMIN', null],
  CENTRAL_COMMERCIAL: ['CENTRAL_COMMERCIAL', 'X24'],
  TRUST_PROCUREMENT: ['TRUST_PROCUREMENT', 'RAL'],
  TRUST_COMPLIANCE: ['TRUST_COMPLIANCE', 'RAL'],
  SUPPLIER: ['SUPPLIER', null],
};

const server = useTestServer();

describe('the role × operation matrix', () => {
  it('has a decision for every operation in schema/schema.graphql', () => {
    expect(Object.keys(operations).sort()).toEqual(schemaOperations());
  });

  // A fresh user and session for every call: some operations (signOut) end the session they use.
  async function caller(who: Who): Promise<TestServer['gql']> {
    if (who === 'anonymous') return server().gql;
    const user = await createUser(server().server.orm.em.fork(), [memberships[who]]);
    return (await server().signIn(user.email, TEST_PASSWORD)).gql;
  }

  const pairs = Object.entries(operations).flatMap(([name, op]) =>
    everyone.map((who) => [name, who, op] as const),
  );

  it.each(pairs)('%s as %s', async (_name, who, op) => {
    const gql = await caller(who);
    const em = server().server.orm.em.fork();
    const auditBefore = await em.count(AuditEvent);
    const res = await gql(op.document, op.variables?.());
    const code = res.errors?.[0]?.extensions?.code;
    if (op.allowed.includes(who)) {
      expect(code === 'UNAUTHENTICATED' || code === 'FORBIDDEN').toBe(false);
      expect(res.data).toBeTruthy();
    } else {
      expect(code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(await em.count(AuditEvent)).toBe(auditBefore); // refused calls change nothing
    }
  });
});
