import { beforeAll, describe, expect, it } from 'vitest';
import {
  AMEND_FRAMEWORK,
  CREATE_FRAMEWORK,
  draftInput,
  PUBLISH_FRAMEWORK,
  publishedFramework,
  signInAs,
  supplierWithProduct,
  type FrameworkPayloadShape,
} from '../../../../test/catalogue.js';
import { declared, declareConformance, signInForSupplier } from '../../../../test/compliance.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { addDays, todayInEngland } from '../../../core/dates.js';
import { ComplianceDeclaration } from '../../compliance/compliance-declaration.entity.js';
import { Framework } from '../framework.entity.js';

// A verified PLANNED declaration lets a product onto a lot when it is due within 30 days.
const server = useTestServer({ COMPLIANCE_PLANNED_WINDOW_DAYS: '30' });
const today = todayInEngland();

let central: SignedInClient;

beforeAll(async () => {
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
});

/** A lot requiring DCB0129 and FHIR UK Core of products (and DSPT of the trusts that buy). */
const requiring = (offer: { supplierId: string; versionId: string }) =>
  draftInput(offer, {
    lots: [
      {
        ...(draftInput(offer).lots as Record<string, unknown>[])[0],
        requiredStandardCodes: ['DCB0129', 'FHIR_UK_CORE', 'DSPT'],
      },
    ],
  });

async function create(input: Record<string, unknown>) {
  const res = await central.gql<{ createFramework: FrameworkPayloadShape }>(CREATE_FRAMEWORK, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.createFramework;
}

async function plannedFhir(versionId: string, supplierId: string, dueInDays: number, verify: boolean) {
  const supplier = await signInForSupplier(server(), supplierId);
  const planned = await declared(supplier, 'declareCompliance', {
    subject: { productVersionId: versionId },
    standardCode: 'FHIR_UK_CORE',
    status: 'PLANNED',
    remediation: { dueOn: addDays(today, dueInDays), actions: ['Pass the FHIR UK Core test harness'] },
  });
  if (verify)
    await declared(central, 'verifyDeclaration', { id: planned.id, expectedRowVersion: planned.rowVersion });
  return planned;
}

describe('the framework gate: products reach a lot only with declarations for its required standards', () => {
  it('refuses a product with no declarations, naming each missing standard once, beside the first price naming it', async () => {
    const offer = await supplierWithProduct(central, { conformsTo: [] });
    const before = await server().server.orm.em.fork().count(Framework);
    const result = await create(requiring(offer));
    expect(result.framework).toBeNull();
    expect(result.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['lots', '0', 'awards', '0', 'prices', '0', 'productVersionId'],
        message: expect.stringMatching(
          /^Fixture Record \d+ 1\.0 has no current declaration of conformance with .*\(DCB0129\), HL7 FHIR UK Core \(R4\) \(FHIR_UK_CORE\): its supplier must declare them before it can be offered on lot 1\.$/,
        ),
      },
    ]);
    // DSPT applies to organisations: no product could declare it, so the gate does not ask.
    expect(result.userErrors[0]!.message).not.toMatch(/DSPT/);
    expect(await server().server.orm.em.fork().count(Framework)).toBe(before);
  });

  it('lets a product on once it declares each standard compliant', async () => {
    const offer = await supplierWithProduct(central, { conformsTo: ['DCB0129', 'FHIR_UK_CORE'] });
    expect((await create(requiring(offer))).userErrors).toEqual([]);
  });

  it('accepts a verified PLANNED declaration due within the window, and refuses one due later or not verified', async () => {
    const soon = await supplierWithProduct(central);
    await plannedFhir(soon.versionId, soon.supplierId, 20, true);
    expect((await create(requiring(soon))).userErrors).toEqual([]);

    const later = await supplierWithProduct(central);
    await plannedFhir(later.versionId, later.supplierId, 60, true);
    const refused = await create(requiring(later));
    expect(refused.userErrors.map((e) => e.message)).toEqual([
      expect.stringMatching(/\(FHIR_UK_CORE\): its supplier must declare it /),
    ]);

    const unverified = await supplierWithProduct(central);
    await plannedFhir(unverified.versionId, unverified.supplierId, 20, false);
    expect((await create(requiring(unverified))).userErrors).toHaveLength(1);
  });

  it('refuses a product whose declaration was rejected or has lapsed', async () => {
    const rejected = await supplierWithProduct(central, { conformsTo: ['FHIR_UK_CORE'] });
    const [dcb] = await declareConformance(
      await signInForSupplier(server(), rejected.supplierId),
      rejected.versionId,
      ['DCB0129'],
    );
    await declared(central, 'rejectDeclaration', {
      id: dcb!.id,
      expectedRowVersion: dcb!.rowVersion,
      comment: 'The clinical safety case is not signed by a clinical safety officer.',
    });
    expect((await create(requiring(rejected))).userErrors.map((e) => e.message)).toEqual([
      expect.stringMatching(/\(DCB0129\): its supplier must declare it /),
    ]);

    const lapsed = await supplierWithProduct(central, { conformsTo: ['DCB0129', 'FHIR_UK_CORE'] });
    const em = server().server.orm.em.fork();
    const fhir = await em.findOneOrFail(ComplianceDeclaration, {
      productVersion: lapsed.versionId,
      standard: { code: 'FHIR_UK_CORE' },
    });
    fhir.expiresOn = addDays(today, -1);
    await em.flush();
    expect((await create(requiring(lapsed))).userErrors).toHaveLength(1);
  });

  it('checks a supplier added to a published framework, and checks again when a draft is published', async () => {
    const framework = await publishedFramework(central, await supplierWithProduct(central));
    const newcomer = await supplierWithProduct(central, { conformsTo: [] });
    const amended = await central.gql<{ amendFramework: FrameworkPayloadShape }>(AMEND_FRAMEWORK, {
      input: {
        id: framework.id,
        expectedRowVersion: framework.rowVersion,
        reason: 'A new supplier joins after a further competition.',
        addAward: {
          lotId: framework.lots[0]!.id,
          award: {
            supplierId: newcomer.supplierId,
            prices: [
              {
                productVersionId: newcomer.versionId,
                pricingUnit: 'PER_USER',
                billingPeriod: 'MONTHLY',
                ceilingUnitPrice: '1.25',
                validFrom: today,
              },
            ],
          },
        },
      },
    });
    expect(amended.data?.amendFramework.userErrors).toEqual([
      expect.objectContaining({
        field: ['addAward', 'award', 'prices', '0', 'productVersionId'],
        message: expect.stringMatching(
          /\(DCB0129\): its supplier must declare it before it can be offered on lot 1\.$/,
        ),
      }),
    ]);

    // A draft saved while the product conformed, published after its declaration was rejected.
    const offer = await supplierWithProduct(central);
    const draft = (await create(draftInput(offer))).framework!;
    const em = server().server.orm.em.fork();
    const dcb = await em.findOneOrFail(ComplianceDeclaration, { productVersion: offer.versionId });
    await declared(central, 'rejectDeclaration', {
      id: dcb.id,
      expectedRowVersion: dcb.rowVersion,
      comment: 'No hazard log.',
    });
    const published = await central.gql<{ publishFramework: FrameworkPayloadShape }>(PUBLISH_FRAMEWORK, {
      input: { id: draft.id, expectedRowVersion: draft.rowVersion },
    });
    expect(published.data?.publishFramework.userErrors.map((e) => e.field)).toEqual([
      ['lots', '0', 'awards', '0', 'prices', '0', 'productVersionId'],
    ]);
  });
});
