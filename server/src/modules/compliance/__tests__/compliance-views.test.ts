import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from '../../../../test/catalogue.js';
import { declared, signInForSupplier } from '../../../../test/compliance.js';
import { createdContract, oneLineContractInput } from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { addDays, addMonths, todayInEngland } from '../../../core/dates.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { ComplianceDeclaration } from '../compliance-declaration.entity.js';

const server = useTestServer();
const today = todayInEngland();

let central: SignedInClient;
/** Four open trusts of one ICB, by ODS code, and how many open trusts that ICB has. */
let icb: { code: string; regionCode: string; trusts: string[]; open: number };

beforeAll(async () => {
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  const em = server().server.orm.em.fork();
  const open = (await em.find(Organisation, { kind: 'TRUST' }, { orderBy: { odsCode: 'asc' } })).filter(
    (o) => o.closedOn === null || o.closedOn > today,
  );
  const byIcb = new Map<string, Organisation[]>();
  for (const o of open) if (o.icb) byIcb.set(o.icb.code, [...(byIcb.get(o.icb.code) ?? []), o]);
  const [code, members] = [...byIcb.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )[0]!;
  icb = {
    code,
    regionCode: members[0]!.region!.code,
    trusts: members.slice(0, 4).map((o) => o.odsCode),
    open: members.length,
  };
});

const COVERAGE = `query($input: ComplianceMatrixInput) { complianceCoverage(input: $input) {
  level code name standardCode trusts declared compliant partial planned nonCompliant notApplicable lapsed overdue percentCompliant } }`;
type Coverage = {
  level: string;
  code: string | null;
  standardCode: string;
  trusts: number;
  declared: number;
  compliant: number;
  notApplicable: number;
  lapsed: number;
  overdue: number;
  partial: number;
  planned: number;
  nonCompliant: number;
  percentCompliant: number | null;
};
const MATRIX = `query($input: ComplianceMatrixInput) { complianceMatrix(input: $input) { includesUnverified
  standards { code } rows { id name odsCode icbName productId version supplierName cells { standardCode state level remediationDueOn verified declarationId } } } }`;
type Matrix = {
  includesUnverified: boolean;
  standards: { code: string }[];
  rows: {
    odsCode: string | null;
    name: string;
    productId: string | null;
    version: string | null;
    cells: {
      standardCode: string;
      state: string;
      verified: boolean;
      declarationId: string | null;
      remediationDueOn: string | null;
    }[];
  }[];
};

describe('the trusts × standards matrix and coverage', () => {
  it('counts one ICB’s trusts by hand: compliant, lapsed, not applicable, rejected, awaiting verification and overdue', async () => {
    const [a, b, c, d] = icb.trusts as [string, string, string, string];
    const as = async (ods: string) => signInAs(server(), 'TRUST_COMPLIANCE', ods);
    const verify = async (id: string, rowVersion: number) =>
      declared(central, 'verifyDeclaration', { id, expectedRowVersion: rowVersion });
    // A: compliant and verified. B: compliant, verified, then lapsed. C: not applicable, verified.
    // D: partial with a plan overdue, rejected. Nobody else in the ICB has declared NHS_NUMBER.
    const compliantA = await declared(await as(a), 'declareCompliance', {
      subject: { organisationOdsCode: a },
      standardCode: 'NHS_NUMBER',
      status: 'COMPLIANT',
    });
    await verify(compliantA.id, compliantA.rowVersion);
    const lapsingB = await declared(await as(b), 'declareCompliance', {
      subject: { organisationOdsCode: b },
      standardCode: 'NHS_NUMBER',
      status: 'COMPLIANT',
      expiresOn: addMonths(today, 1),
    });
    await verify(lapsingB.id, lapsingB.rowVersion);
    const naC = await declared(await as(c), 'declareCompliance', {
      subject: { organisationOdsCode: c },
      standardCode: 'NHS_NUMBER',
      status: 'NOT_APPLICABLE',
      notApplicableReason: 'An ambulance trust: patients are traced through the national service.',
    });
    await verify(naC.id, naC.rowVersion);
    const partialD = await declared(await as(d), 'declareCompliance', {
      subject: { organisationOdsCode: d },
      standardCode: 'NHS_NUMBER',
      status: 'PARTIAL',
      remediation: { dueOn: addDays(today, 10), actions: ['Trace the remaining legacy records'] },
    });
    // Time passes: B's review date and D's plan go by.
    const em = server().server.orm.em.fork();
    (await em.findOneOrFail(ComplianceDeclaration, lapsingB.id)).expiresOn = addDays(today, -1);
    const overdueD = await em.findOneOrFail(ComplianceDeclaration, partialD.id);
    overdueD.remediationDueOn = addDays(today, -3);
    await em.flush();

    const input = { icbCodes: [icb.code], standardCodes: ['NHS_NUMBER'] };
    const publicCoverage = await server().gql<{ complianceCoverage: Coverage[] }>(COVERAGE, { input });
    expect(publicCoverage.errors).toBeUndefined();
    const publicIcb = publicCoverage.data!.complianceCoverage.find((g) => g.level === 'ICB')!;
    // Public figures: verified declarations only, so D's counts nowhere but in the trusts.
    expect(publicIcb).toMatchObject({
      code: icb.code,
      standardCode: 'NHS_NUMBER',
      trusts: icb.open,
      declared: 3,
      compliant: 1,
      lapsed: 1,
      notApplicable: 1,
      partial: 0,
      overdue: 0,
      percentCompliant: Math.round((1000 * 1) / (icb.open - 1)) / 10,
    });
    const national = publicCoverage.data!.complianceCoverage.find((g) => g.level === 'NATIONAL')!;
    const region = publicCoverage.data!.complianceCoverage.find((g) => g.level === 'REGION')!;
    expect(national).toMatchObject({ code: null, trusts: icb.open, compliant: 1 });
    expect(region).toMatchObject({ code: icb.regionCode, trusts: icb.open, compliant: 1 });

    const all = await central.gql<{ complianceCoverage: Coverage[] }>(COVERAGE, {
      input: { ...input, includeUnverified: true },
    });
    expect(all.data!.complianceCoverage.find((g) => g.level === 'ICB')).toMatchObject({
      declared: 4,
      partial: 1,
      overdue: 1,
      compliant: 1,
    });
    await declared(central, 'rejectDeclaration', {
      id: partialD.id,
      expectedRowVersion: overdueD.rowVersion,
      comment: 'The plan names no owner.',
    });

    const matrix = await central.gql<{ complianceMatrix: Matrix }>(MATRIX, {
      input: { ...input, includeUnverified: true },
    });
    const states = Object.fromEntries(
      matrix.data!.complianceMatrix.rows.map((r) => [r.odsCode, r.cells.map((cell) => cell.state).join()]),
    );
    expect(matrix.data!.complianceMatrix.rows).toHaveLength(icb.open);
    expect([states[a], states[b], states[c], states[d]]).toEqual([
      'COMPLIANT',
      'LAPSED',
      'NOT_APPLICABLE',
      'REJECTED',
    ]);
    const publicMatrix = await server().gql<{ complianceMatrix: Matrix }>(MATRIX, { input });
    const publicD = publicMatrix.data!.complianceMatrix.rows.find((r) => r.odsCode === d)!.cells[0]!;
    expect(publicD).toEqual(
      expect.objectContaining({ state: 'UNVERIFIED', declarationId: null, remediationDueOn: null }),
    );
    expect(publicMatrix.data!.complianceMatrix.includesUnverified).toBe(false);
  });

  it('shows every open trust against every organisation standard, and refuses unverified figures to others than central users', async () => {
    const matrix = await server().gql<{ complianceMatrix: Matrix }>(MATRIX, {
      input: { regionCodes: [icb.regionCode] },
    });
    const { standards, rows } = matrix.data!.complianceMatrix;
    expect(standards.map((s) => s.code)).toEqual(
      expect.arrayContaining(['DSPT', 'DCB0160', 'CE_PLUS', 'NHS_NUMBER']),
    );
    expect(standards.map((s) => s.code)).not.toContain('FHIR_UK_CORE');
    expect(
      rows.every((r) => r.cells.map((c) => c.standardCode).join() === standards.map((s) => s.code).join()),
    ).toBe(true);
    const trust = await signInAs(server(), 'TRUST_COMPLIANCE', icb.trusts[0]!);
    const refused = await trust.gql(MATRIX, { input: { includeUnverified: true } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a trust’s estate, inherited from its suppliers’ declarations', () => {
  it('shows one supplier declaration to the three trusts using the version, and not to a fourth', async () => {
    const offer = await supplierWithProduct(central, { conformsTo: [] });
    const supplier = await signInForSupplier(server(), offer.supplierId);
    const fhir = await declared(supplier, 'declareCompliance', {
      subject: { productVersionId: offer.versionId },
      standardCode: 'FHIR_UK_CORE',
      status: 'PLANNED',
      remediation: { dueOn: addMonths(today, 5), actions: ['Publish the FHIR UK Core capability statement'] },
    });
    const [first, second, third, fourth] = icb.trusts as [string, string, string, string];
    for (const buyer of [first, second, third]) {
      await createdContract(
        central,
        oneLineContractInput(
          offer,
          { buyerOdsCode: buyer, unitPrice: '12' },
          { startDate: addDays(today, -60), endDate: addMonths(today, 30) },
        ),
      );
    }
    const ESTATE = `query($input: EstateInput!) { estate(input: $input) { odsCode standards { code } systems {
      productVersionId productName supplierName contractReferences cells { standardCode state remediationDueOn verification locallyAccepted declarationId } } } }`;
    type EstateShape = {
      estate: {
        standards: { code: string }[];
        systems: {
          productVersionId: string;
          contractReferences: string[];
          cells: {
            standardCode: string;
            state: string;
            remediationDueOn: string | null;
            declarationId: string | null;
          }[];
        }[];
      };
    };
    for (const buyer of [first, second, third]) {
      const lead = await signInAs(server(), 'TRUST_PROCUREMENT', buyer);
      const res = await lead.gql<EstateShape>(ESTATE, { input: { odsCode: buyer, gapsOnly: true } });
      // Only standards declared for one of its systems are columns, unless others are asked for.
      expect(res.data!.estate.standards.map((s) => s.code)).toEqual(['FHIR_UK_CORE']);
      const system = res.data!.estate.systems.find((s) => s.productVersionId === offer.versionId)!;
      expect(system.contractReferences).toHaveLength(1);
      // "Which of my systems are not FHIR UK Core conformant, and by when will they be?"
      expect(system.cells.find((c) => c.standardCode === 'FHIR_UK_CORE')).toEqual(
        expect.objectContaining({
          state: 'PLANNED',
          remediationDueOn: addMonths(today, 5),
          declarationId: fhir.id,
        }),
      );
      // Gaps only: nothing compliant is listed.
      expect(system.cells.every((c) => c.state !== 'COMPLIANT' && c.state !== 'NOT_APPLICABLE')).toBe(true);
    }
    const asked = await central.gql<EstateShape>(ESTATE, {
      input: { odsCode: first, standardCodes: ['DTAC', 'FHIR_UK_CORE'] },
    });
    expect(asked.data!.estate.standards.map((s) => s.code)).toEqual(['DTAC', 'FHIR_UK_CORE']);
    expect(asked.data!.estate.systems[0]!.cells.map((c) => c.state)).toEqual(['NOT_DECLARED', 'PLANNED']);
    const other = await signInAs(server(), 'TRUST_COMPLIANCE', fourth);
    const none = await other.gql<EstateShape>(ESTATE, { input: { odsCode: fourth } });
    expect(none.data!.estate.systems.map((s) => s.productVersionId)).not.toContain(offer.versionId);
    const prying = await other.gql(ESTATE, { input: { odsCode: first } });
    expect(prying.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('what needs attention', () => {
  it('lists a trust’s overdue plan and lapsing certificate, per trust and nationally, and tells the trust in its notices', async () => {
    const ods = icb.trusts[3]!;
    const lead = await signInAs(server(), 'TRUST_COMPLIANCE', ods);
    const issued = addMonths(today, -11);
    const cePlus = await declared(lead, 'declareCompliance', {
      subject: { organisationOdsCode: ods },
      standardCode: 'CE_PLUS',
      status: 'COMPLIANT',
      certificate: { number: 'IASME-CEP-77', issuedOn: issued, expiresOn: addDays(today, 20) },
    });
    const gs1 = await declared(lead, 'declareCompliance', {
      subject: { organisationOdsCode: ods },
      standardCode: 'GS1',
      status: 'PLANNED',
      remediation: { dueOn: addDays(today, 5), actions: ['Scan at the point of care'] },
    });
    const em = server().server.orm.em.fork();
    (await em.findOneOrFail(ComplianceDeclaration, gs1.id)).remediationDueOn = addDays(today, -7);
    await em.flush();

    const ATTENTION = `query($input: ComplianceAttentionInput!) { complianceAttention(input: $input) {
      overdue { declarationId standardCode days } lapsing { declarationId standardCode days } byOrganisation { odsCode overdue lapsing lapsed } } }`;
    type Attention = {
      complianceAttention: {
        overdue: { declarationId: string; standardCode: string; days: number }[];
        lapsing: { declarationId: string; standardCode: string; days: number }[];
        byOrganisation: { odsCode: string; overdue: number; lapsing: number; lapsed: number }[];
      };
    };
    const own = await lead.gql<Attention>(ATTENTION, { input: { scope: 'ORGANISATION', code: ods } });
    expect(own.data!.complianceAttention.overdue).toContainEqual({
      declarationId: gs1.id,
      standardCode: 'GS1',
      days: 7,
    });
    expect(own.data!.complianceAttention.lapsing).toContainEqual({
      declarationId: cePlus.id,
      standardCode: 'CE_PLUS',
      days: 20,
    });
    const national = await central.gql<Attention>(ATTENTION, { input: { scope: 'NATIONAL' } });
    expect(national.data!.complianceAttention.byOrganisation.find((o) => o.odsCode === ods)).toMatchObject({
      overdue: 1,
      lapsing: 1,
    });
    const nationalByTrust = await lead.gql(ATTENTION, { input: { scope: 'NATIONAL' } });
    expect(nationalByTrust.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const NOTICES = `{ complianceNotices { kind declarationId standardCode date comment } }`;
    const notices = await lead.gql<{
      complianceNotices: { kind: string; declarationId: string; date: string }[];
    }>(NOTICES);
    expect(notices.data!.complianceNotices.map((n) => [n.kind, n.declarationId, n.date])).toEqual(
      expect.arrayContaining([
        ['REMEDIATION_OVERDUE', gs1.id, addDays(today, -7)],
        ['LAPSING_SOON', cePlus.id, addDays(today, 20)],
      ]),
    );
    const centralNotices = await central.gql<{ complianceNotices: unknown[] }>(NOTICES);
    expect(centralNotices.data!.complianceNotices).toEqual([]);
  });

  it('tells a supplier when a central team rejects its product’s declaration, with the comment', async () => {
    const offer = await supplierWithProduct(central, { conformsTo: [] });
    const supplier = await signInForSupplier(server(), offer.supplierId);
    const dtac = await declared(supplier, 'declareCompliance', {
      subject: { productVersionId: offer.versionId },
      standardCode: 'DTAC',
      status: 'COMPLIANT',
    });
    await declared(central, 'rejectDeclaration', {
      id: dtac.id,
      expectedRowVersion: dtac.rowVersion,
      comment: 'The DTAC assessment is from 2021: submit the current one.',
    });
    const notices = await supplier.gql<{
      complianceNotices: { kind: string; declarationId: string; comment: string; date: string }[];
    }>(`{ complianceNotices { kind declarationId comment date } }`);
    expect(notices.data!.complianceNotices).toEqual([
      {
        kind: 'REJECTED',
        declarationId: dtac.id,
        comment: 'The DTAC assessment is from 2021: submit the current one.',
        date: today,
      },
    ]);
  });
});

describe('the product × standards matrix', () => {
  it('shows each product’s latest version against interoperability standards by default', async () => {
    const offer = await supplierWithProduct(central, { conformsTo: ['FHIR_UK_CORE'] });
    const res = await server().gql<{ complianceMatrix: Matrix }>(MATRIX, { input: { subjects: 'PRODUCTS' } });
    const { standards, rows } = res.data!.complianceMatrix;
    expect(standards.map((s) => s.code)).toEqual(
      expect.arrayContaining(['FHIR_UK_CORE', 'SNOMED_CT', 'DICOM']),
    );
    expect(standards.map((s) => s.code)).not.toContain('DCB0129');
    const row = rows.find((r) => r.productId === offer.productId)!;
    expect(row.version).toBe('1.0');
    // Public: not yet verified.
    expect(row.cells.find((c) => c.standardCode === 'FHIR_UK_CORE')?.state).toBe('UNVERIFIED');
    const all = await central.gql<{ complianceMatrix: Matrix }>(MATRIX, {
      input: { subjects: 'PRODUCTS', includeUnverified: true },
    });
    expect(
      all
        .data!.complianceMatrix.rows.find((r) => r.productId === offer.productId)!
        .cells.find((c) => c.standardCode === 'FHIR_UK_CORE')?.state,
    ).toBe('COMPLIANT');
  });
});
