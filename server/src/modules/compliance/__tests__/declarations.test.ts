import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from '../../../../test/catalogue.js';
import {
  DECLARATION_FIELDS,
  declared,
  sendDeclaration,
  signInForSupplier,
  type DeclarationShape,
} from '../../../../test/compliance.js';
import { createdContract, oneLineContractInput } from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { addDays, addMonths, todayInEngland } from '../../../core/dates.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ComplianceDeclaration } from '../compliance-declaration.entity.js';

const server = useTestServer();

let central: SignedInClient;
let ralCompliance: SignedInClient;
let ralProcurement: SignedInClient;
let rj1Compliance: SignedInClient;
let offer: Awaited<ReturnType<typeof supplierWithProduct>>;
let supplier: SignedInClient;
let otherSupplier: SignedInClient;
const today = todayInEngland();

beforeAll(async () => {
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  ralCompliance = await signInAs(server(), 'TRUST_COMPLIANCE', 'RAL');
  ralProcurement = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
  rj1Compliance = await signInAs(server(), 'TRUST_COMPLIANCE', 'RJ1');
  offer = await supplierWithProduct(central);
  supplier = await signInForSupplier(server(), offer.supplierId);
  otherSupplier = await signInAs(server(), 'SUPPLIER', null);
});

const count = () => server().server.orm.em.fork().count(ComplianceDeclaration);

const ONE = `query($id: String!) { declaration(id: $id) { ${DECLARATION_FIELDS} } }`;
const read = async (as: { gql: SignedInClient['gql'] } | null, id: string) => {
  const gql = as?.gql ?? server().gql;
  const res = await gql<{ declaration: DeclarationShape | null }>(ONE, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.declaration;
};

describe('a trust declares its own compliance', () => {
  it('declares DSPT at a level and Cyber Essentials Plus with its certificate, with evidence, and the audit trail records both', async () => {
    const dspt = await declared(ralCompliance, 'declareCompliance', {
      subject: { organisationOdsCode: 'ral' },
      standardCode: 'dspt',
      status: 'COMPLIANT',
      level: 'STANDARDS_MET',
      evidence: {
        statement: '2025-26 submission: all mandatory evidence items met.',
        links: ['https://www.dsptoolkit.nhs.uk/OrganisationSearch/RAL'],
      },
      expiresOn: addMonths(today, 7),
    });
    expect(dspt).toMatchObject({
      status: 'COMPLIANT',
      level: 'STANDARDS_MET',
      standard: { code: 'DSPT' },
      organisation: { odsCode: 'RAL' },
      productVersion: null,
      current: true,
      verification: null,
      viewerCanSupersede: true,
      viewerCanVerify: false,
      evidenceLinks: ['https://www.dsptoolkit.nhs.uk/OrganisationSearch/RAL'],
    });
    expect(dspt.declaredByName).toMatch(/^Test User/);

    const issued = addMonths(today, -2);
    const cePlus = await declared(ralCompliance, 'declareCompliance', {
      subject: { organisationOdsCode: 'RAL' },
      standardCode: 'CE_PLUS',
      status: 'COMPLIANT',
      certificate: { number: 'IASME-CEP-012345', issuedOn: issued, expiresOn: addMonths(issued, 12) },
      evidence: { statement: 'Assessed on site by an IASME certification body.' },
    });
    expect(cePlus).toMatchObject({
      certificateNumber: 'IASME-CEP-012345',
      certificateIssuedOn: issued,
      expiresOn: addMonths(issued, 12),
    });

    const audit = await server()
      .server.orm.em.fork()
      .find(AuditEvent, { entityId: { $in: [dspt.id, cePlus.id] } });
    expect(audit.map((e) => e.action)).toEqual(['declareCompliance', 'declareCompliance']);
  });

  it('verifies one and rejects another; the declarer sees the outcome, and only the verified one is public', async () => {
    const nhsNumber = await declared(ralCompliance, 'declareCompliance', {
      subject: { organisationOdsCode: 'RAL' },
      standardCode: 'NHS_NUMBER',
      status: 'COMPLIANT',
      evidence: { links: ['https://intranet.royalfree.example/nhs-number-audit.pdf'] },
    });
    const iso = await declared(ralCompliance, 'declareCompliance', {
      subject: { organisationOdsCode: 'RAL' },
      standardCode: 'ISO27001',
      status: 'PLANNED',
      remediation: { dueOn: addMonths(today, 9), actions: ['Appoint a certification body', 'Stage 1 audit'] },
    });
    expect(await read(null, nhsNumber.id)).toBeNull();
    expect((await read(central, nhsNumber.id))?.viewerCanVerify).toBe(true);

    const verified = await declared(central, 'verifyDeclaration', {
      id: nhsNumber.id,
      expectedRowVersion: nhsNumber.rowVersion,
      comment: 'Audit report checked.',
    });
    expect(verified).toMatchObject({
      verification: 'VERIFIED',
      verificationComment: 'Audit report checked.',
    });
    const noComment = await sendDeclaration(central, 'rejectDeclaration', {
      id: iso.id,
      expectedRowVersion: iso.rowVersion,
      comment: '  ',
    });
    expect(noComment.userErrors.map((e) => e.field)).toEqual([['comment']]);
    await declared(central, 'rejectDeclaration', {
      id: iso.id,
      expectedRowVersion: iso.rowVersion,
      comment: 'No certification body named: the plan is not credible.',
    });

    expect(await read(ralCompliance, iso.id)).toMatchObject({
      verification: 'REJECTED',
      verificationComment: 'No certification body named: the plan is not credible.',
    });
    expect((await read(ralCompliance, iso.id))?.verifiedByName).toMatch(/^Test User/);
    const publicView = await read(null, nhsNumber.id);
    expect(publicView).toMatchObject({ verification: 'VERIFIED', evidenceLinks: null });
    expect(await read(null, iso.id)).toBeNull();
    expect(await read(rj1Compliance, iso.id)).toBeNull();

    // A verified declaration is never edited: checked again, it is refused; only superseding changes it.
    const again = await sendDeclaration(central, 'verifyDeclaration', {
      id: nhsNumber.id,
      expectedRowVersion: verified.rowVersion,
    });
    expect(again.userErrors).toEqual([
      expect.objectContaining({
        code: 'INVALID',
        field: ['id'],
        message: expect.stringMatching(/superseded/),
      }),
    ]);
  });

  it('supersedes the current declaration: the history keeps both, newest first, and only the new one is current', async () => {
    const first = await declared(ralCompliance, 'declareCompliance', {
      subject: { organisationOdsCode: 'RAL' },
      standardCode: 'GS1',
      status: 'PLANNED',
      remediation: { dueOn: addMonths(today, 6), actions: ['Label stock rooms with GLNs'] },
    });
    const verified = await declared(central, 'verifyDeclaration', {
      id: first.id,
      expectedRowVersion: first.rowVersion,
    });
    const twice = await sendDeclaration(ralCompliance, 'declareCompliance', {
      subject: { organisationOdsCode: 'RAL' },
      standardCode: 'GS1',
      status: 'COMPLIANT',
    });
    expect(twice.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: ['standardCode'] }),
    ]);
    const stale = await sendDeclaration(ralCompliance, 'supersedeDeclaration', {
      id: first.id,
      expectedRowVersion: first.rowVersion,
      status: 'COMPLIANT',
    });
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);

    const second = await declared(ralCompliance, 'supersedeDeclaration', {
      id: first.id,
      expectedRowVersion: verified.rowVersion,
      status: 'COMPLIANT',
      evidence: { statement: 'Scan4Safety go-live completed.' },
    });
    expect(second).toMatchObject({ status: 'COMPLIANT', current: true, verification: null });
    const old = await read(ralCompliance, first.id);
    expect(old).toMatchObject({ current: false, verification: 'VERIFIED', viewerCanSupersede: false });

    const again = await sendDeclaration(ralCompliance, 'supersedeDeclaration', {
      id: first.id,
      expectedRowVersion: old!.rowVersion,
      status: 'COMPLIANT',
    });
    expect(again.userErrors.map((e) => [e.code, e.field])).toEqual([['CONFLICT', ['id']]]);

    const history = await ralProcurement.gql<{ declarationHistory: { id: string; current: boolean }[] }>(
      `{ declarationHistory(subject: { organisationOdsCode: "RAL" }, standardCode: "gs1") { id current } }`,
    );
    expect(history.data?.declarationHistory).toEqual([
      { id: second.id, current: true },
      { id: first.id, current: false },
    ]);
    // The public history holds the verified one only.
    const publicHistory = await server().gql<{ declarationHistory: { id: string }[] }>(
      `{ declarationHistory(subject: { organisationOdsCode: "RAL" }, standardCode: "GS1") { id } }`,
    );
    expect(publicHistory.data?.declarationHistory).toEqual([{ id: first.id }]);
    const audit = await server().server.orm.em.fork().findOneOrFail(AuditEvent, { entityId: second.id });
    expect(audit.action).toBe('supersedeDeclaration');
  });

  it('lets only one of two simultaneous first declarations through', async () => {
    const input = {
      subject: { organisationOdsCode: 'RAL' },
      standardCode: 'CE',
      status: 'NOT_APPLICABLE',
      notApplicableReason: 'Covered by Cyber Essentials Plus.',
    };
    const results = await Promise.all([
      sendDeclaration(ralCompliance, 'declareCompliance', input),
      sendDeclaration(ralCompliance, 'declareCompliance', input),
    ]);
    expect(results.filter((r) => r.declaration !== null)).toHaveLength(1);
    expect(results.flatMap((r) => r.userErrors.map((e) => e.code))).toEqual(['CONFLICT']);
  });

  it('shows a declaration past its expiry date as lapsed, and it can no longer be verified', async () => {
    const em = server().server.orm.em.fork();
    const row = await em.findOneOrFail(ComplianceDeclaration, {
      organisation: { odsCode: 'RAL' },
      standard: { code: 'DSPT' },
      supersededAt: null,
    });
    row.expiresOn = addDays(today, -1);
    await em.flush();
    const lapsed = await read(central, row.id);
    expect(lapsed).toMatchObject({
      status: 'LAPSED',
      declaredStatus: 'COMPLIANT',
      lapsed: true,
      viewerCanVerify: false,
    });
    const refused = await sendDeclaration(central, 'verifyDeclaration', {
      id: row.id,
      expectedRowVersion: lapsed!.rowVersion,
    });
    expect(refused.userErrors.map((e) => e.field)).toEqual([['id']]);
    const listed = await central.gql<{ declarations: { edges: { node: { id: string } }[] } }>(
      `{ declarations(first: 50, filter: { statuses: [LAPSED], organisationOdsCodes: ["RAL"] }) { edges { node { id } } } }`,
    );
    expect(listed.data?.declarations.edges.map((e) => e.node.id)).toEqual([row.id]);
  });
});

describe('bad input is refused on its field, and nothing is saved', () => {
  it.each<[string, () => SignedInClient, () => Record<string, unknown>, string[][]]>([
    [
      'a standard that does not apply to a product (DSPT)',
      () => supplier,
      () => ({
        subject: { productVersionId: offer.versionId },
        standardCode: 'DSPT',
        status: 'COMPLIANT',
        level: 'STANDARDS_MET',
      }),
      [['standardCode']],
    ],
    [
      'a standard that does not apply to a trust (DCB0129)',
      () => ralCompliance,
      () => ({ subject: { organisationOdsCode: 'RAL' }, standardCode: 'DCB0129', status: 'COMPLIANT' }),
      [['standardCode']],
    ],
    [
      'NOT_APPLICABLE without a reason',
      () => ralCompliance,
      () => ({
        subject: { organisationOdsCode: 'RAL' },
        standardCode: 'SNOMED_CT',
        status: 'NOT_APPLICABLE',
        notApplicableReason: ' ',
      }),
      [['notApplicableReason']],
    ],
    [
      'a remediation due date in the past',
      () => ralCompliance,
      () => ({
        subject: { organisationOdsCode: 'RAL' },
        standardCode: 'SNOMED_CT',
        status: 'PARTIAL',
        remediation: { dueOn: addDays(today, -1), actions: ['Map local codes'] },
      }),
      [['remediation', 'dueOn']],
    ],
    [
      'an evidence link that is not http(s)',
      () => ralCompliance,
      () => ({
        subject: { organisationOdsCode: 'RAL' },
        standardCode: 'SNOMED_CT',
        status: 'COMPLIANT',
        evidence: { links: ['https://ok.example/a', 'ftp://files.example/evidence.pdf'] },
      }),
      [['evidence', 'links', '1']],
    ],
    [
      'a certificate that expires before it was issued',
      () => ralCompliance,
      () => ({
        subject: { organisationOdsCode: 'RAL' },
        standardCode: 'CE_PLUS',
        status: 'COMPLIANT',
        certificate: { number: 'X-1', issuedOn: addDays(today, -10), expiresOn: addDays(today, -20) },
      }),
      [['certificate', 'expiresOn']],
    ],
    [
      'a supplier declaring for another supplier’s product',
      () => otherSupplier,
      () => ({
        subject: { productVersionId: offer.versionId },
        standardCode: 'FHIR_UK_CORE',
        status: 'COMPLIANT',
      }),
      [['subject', 'productVersionId']],
    ],
    [
      'a trust declaring for another trust',
      () => ralCompliance,
      () => ({ subject: { organisationOdsCode: 'RJ1' }, standardCode: 'SNOMED_CT', status: 'COMPLIANT' }),
      [['subject', 'organisationOdsCode']],
    ],
    [
      'a supplier declaring for a trust',
      () => supplier,
      () => ({ subject: { organisationOdsCode: 'RAL' }, standardCode: 'SNOMED_CT', status: 'COMPLIANT' }),
      [['subject', 'organisationOdsCode']],
    ],
    [
      'an unknown standard and a level on a pass/fail one',
      () => supplier,
      () => ({ subject: { productVersionId: offer.versionId }, standardCode: 'NOPE', status: 'COMPLIANT' }),
      [['standardCode']],
    ],
  ])('%s', async (_name, as, input, fields) => {
    const before = await count();
    const auditBefore = await server().server.orm.em.fork().count(AuditEvent);
    const result = await sendDeclaration(as(), 'declareCompliance', input());
    expect(result.declaration).toBeNull();
    expect(result.userErrors.map((e) => e.field)).toEqual(fields);
    expect(result.userErrors.every((e) => e.message.length > 10)).toBe(true);
    expect(await count()).toBe(before);
    expect(await server().server.orm.em.fork().count(AuditEvent)).toBe(auditBefore);
  });

  it('has no mutation that edits a declaration in place', async () => {
    const res = await server().gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      `{ __schema { mutationType { fields { name } } } }`,
    );
    const names = res
      .data!.__schema.mutationType.fields.map((f) => f.name)
      .filter((n) => /eclaration|ompliance/.test(n));
    expect(names.sort()).toEqual([
      'acceptDeclarationLocally',
      'declareCompliance',
      'rejectDeclaration',
      'supersedeDeclaration',
      'verifyDeclaration',
    ]);
  });
});

describe('a supplier declares for its product, once for every buyer', () => {
  it('declares FHIR UK Core for a version; a trust with it under contract accepts it locally, once', async () => {
    const fhir = await declared(supplier, 'declareCompliance', {
      subject: { productVersionId: offer.versionId },
      standardCode: 'FHIR_UK_CORE',
      status: 'PLANNED',
      remediation: {
        dueOn: addMonths(today, 4),
        actions: ['Pass the Patient and Observation profiles in the test harness'],
      },
    });
    expect(fhir).toMatchObject({
      productVersion: { id: offer.versionId },
      organisation: null,
      viewerCanSupersede: true,
    });
    // Signed-in users read product declarations before they are verified: buyers rely on them.
    expect(await read(rj1Compliance, fhir.id)).toMatchObject({ id: fhir.id, viewerCanSupersede: false });
    expect(await read(null, fhir.id)).toBeNull();

    const ACCEPT = `mutation($input: AcceptDeclarationLocallyInput!) { acceptDeclarationLocally(input: $input) { acceptance { note organisation { odsCode } acceptedByName } userErrors { field code } } }`;
    type Accepted = {
      acceptDeclarationLocally: {
        acceptance: { note: string } | null;
        userErrors: { field: string[]; code: string }[];
      };
    };
    const input = {
      declarationId: fhir.id,
      note: 'DCB0160 sign-off, CSO J. Smith, relying on the supplier’s test report.',
    };
    const notInEstate = await ralCompliance.gql<Accepted>(ACCEPT, { input });
    expect(notInEstate.data?.acceptDeclarationLocally.userErrors).toEqual([
      { field: ['declarationId'], code: 'INVALID' },
    ]);

    await createdContract(
      ralProcurement,
      oneLineContractInput(
        offer,
        { buyerOdsCode: 'RAL', unitPrice: '10' },
        { startDate: addDays(today, -30), endDate: addMonths(today, 24) },
      ),
    );
    const accepted = await ralCompliance.gql<Accepted>(ACCEPT, { input });
    expect(accepted.data?.acceptDeclarationLocally.userErrors).toEqual([]);
    expect(accepted.data?.acceptDeclarationLocally.acceptance?.note).toBe(input.note);
    const twice = await ralCompliance.gql<Accepted>(ACCEPT, { input });
    expect(twice.data?.acceptDeclarationLocally.userErrors).toEqual([
      { field: ['declarationId'], code: 'CONFLICT' },
    ]);

    const seen = await ralCompliance.gql<{
      declaration: { localAcceptances: { organisation: { odsCode: string } }[] };
    }>(`query($id: String!) { declaration(id: $id) { localAcceptances { organisation { odsCode } } } }`, {
      id: fhir.id,
    });
    expect(seen.data?.declaration.localAcceptances).toEqual([{ organisation: { odsCode: 'RAL' } }]);
    const others = await rj1Compliance.gql<{ declaration: { localAcceptances: unknown[] } }>(
      `query($id: String!) { declaration(id: $id) { localAcceptances { note } } }`,
      { id: fhir.id },
    );
    expect(others.data?.declaration.localAcceptances).toEqual([]);
  });

  it('lists declarations by supplier, standard and verification state', async () => {
    const res = await central.gql<{
      declarations: { totalCount: number; edges: { node: { standard: { code: string } } }[] };
    }>(
      `query($supplierId: ID!) { declarations(first: 10, filter: { supplierId: $supplierId, verification: [UNVERIFIED], standardCodes: ["fhir_uk_core"] }) { totalCount edges { node { standard { code } } } } }`,
      { supplierId: offer.supplierId },
    );
    expect(res.data?.declarations.totalCount).toBe(1);
    expect(res.data?.declarations.edges[0]?.node.standard.code).toBe('FHIR_UK_CORE');
    const kinds = async (forProducts: boolean) =>
      (
        await central.gql<{
          declarations: { edges: { node: { organisation: unknown; productVersion: unknown } }[] };
        }>(
          `query($forProducts: Boolean) { declarations(first: 100, filter: { forProducts: $forProducts, currentOnly: false }) { edges { node { organisation { odsCode } productVersion { id } } } } }`,
          { forProducts },
        )
      ).data!.declarations.edges.map((e) => (e.node.organisation ? 'trust' : 'product'));
    expect(new Set(await kinds(true))).toEqual(new Set(['product']));
    expect(new Set(await kinds(false))).toEqual(new Set(['trust']));
  });

  it('reads a page of declarations with their subjects and standards in a fixed number of statements', async () => {
    const count = async (first: number) => {
      server().queries.reset();
      const res = await central.gql(
        `query($first: Int) { declarations(first: $first, filter: { currentOnly: false }) { edges { node { id status standard { code name } organisation { name } productVersion { version product { name } } declaredByName verifiedByName localAcceptances { note } } } } }`,
        { first },
      );
      expect(res.errors).toBeUndefined();
      const nodes = (
        res.data as {
          declarations: { edges: { node: { organisation: unknown; productVersion: unknown } }[] };
        }
      ).declarations.edges.map((e) => e.node);
      expect(nodes.some((n) => n.organisation) && nodes.some((n) => n.productVersion)).toBe(true);
      return server().queries.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s)).length;
    };
    // Both pages hold trusts' and products' declarations, so the same kinds of records load.
    expect(await count(14)).toBe(await count(5));
  });
});
