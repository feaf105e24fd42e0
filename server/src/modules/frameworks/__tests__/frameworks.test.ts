import { beforeAll, describe, expect, it } from 'vitest';
import {
  AMEND_FRAMEWORK,
  asDraftInput,
  CREATE_FRAMEWORK,
  draftInput,
  FRAMEWORK,
  PUBLISH_FRAMEWORK,
  publishedFramework,
  signInAs,
  supplierWithProduct,
  UPDATE_FRAMEWORK,
  WITHDRAW_FRAMEWORK,
  type FrameworkPayloadShape,
  type FrameworkShape,
} from '../../../../test/catalogue.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { errorsOf } from '../../../../test/ocds.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { Framework } from '../framework.entity.js';

const server = useTestServer();

let central: SignedInClient;
let offer: Awaited<ReturnType<typeof supplierWithProduct>>;

beforeAll(async () => {
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  offer = await supplierWithProduct(central);
});

async function create(input: Record<string, unknown>, as = central) {
  const res = await as.gql<{ createFramework: FrameworkPayloadShape }>(CREATE_FRAMEWORK, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.createFramework;
}

async function draft(overrides: Record<string, unknown> = {}): Promise<FrameworkShape> {
  const payload = await create(draftInput(offer, overrides));
  expect(payload.userErrors).toEqual([]);
  return payload.framework!;
}

const fields = (payload: FrameworkPayloadShape) => payload.userErrors.map((e) => e.field?.join('.'));

describe('a central user publishing a framework', () => {
  it('creates a draft with lots, awards and tiered prices, publishes it, and anyone can then read it', async () => {
    const created = await draft();
    expect(created).toMatchObject({
      status: 'DRAFT',
      owner: { odsCode: 'X24' },
      viewerCanEdit: true,
      viewerCanAmend: false,
      ocdsUrl: null,
    });
    const price = created.lots[0]!.awards[0]!.prices.find((p) => p.pricingUnit === 'PER_USER')!;
    expect(price.ceilingUnitPrice).toEqual({ amount: '12.5000', currency: 'GBP' });
    expect(price.tiers).toEqual([
      { from: 1, to: 1000, unitPrice: { amount: '12.5000' } },
      { from: 1001, to: null, unitPrice: { amount: '10.2500' } },
    ]);
    expect(created.lots[0]!.requiredStandards.map((s) => s.code)).toEqual(['DCB0129', 'DSPT']);

    // Anonymous visitors do not see drafts.
    const hidden = await server().gql<{ framework: unknown }>(FRAMEWORK, { reference: created.reference });
    expect(hidden.data?.framework).toBeNull();

    const published = await central.gql<{ publishFramework: FrameworkPayloadShape }>(PUBLISH_FRAMEWORK, {
      input: { id: created.id, expectedRowVersion: created.rowVersion },
    });
    expect(published.data?.publishFramework.userErrors).toEqual([]);
    expect(published.data?.publishFramework.framework).toMatchObject({
      status: 'PUBLISHED',
      viewerCanAmend: true,
    });

    const visible = await server().gql<{
      framework: FrameworkShape & {
        lots: { awards: { prices: { quote: { totalCost: { amount: string } } }[] }[] }[];
      };
    }>(
      `query($reference: String) { framework(reference: $reference) { reference status viewerCanEdit lots { awards { prices { pricingUnit quote(quantity: 1200, termMonths: 36) { totalCost { amount } annualCost { amount } effectiveAnnualUnitPrice { amount } } } } } } }`,
      { reference: created.reference.toLowerCase() },
    );
    expect(visible.data?.framework).toMatchObject({ status: 'PUBLISHED', viewerCanEdit: false });
    // 1,000 users at £12.50 and 200 at £10.25 a year (cumulative bands), for three years.
    expect(visible.data?.framework.lots[0]!.awards[0]!.prices).toContainEqual({
      pricingUnit: 'PER_USER',
      quote: {
        totalCost: { amount: '43650.00' },
        annualCost: { amount: '14550.00' },
        effectiveAnnualUnitPrice: { amount: '12.1250' },
      },
    });
    const list = await server().gql<{ frameworks: { edges: { node: { reference: string } }[] } }>(
      `query($search: String) { frameworks(filter: { search: $search, categories: [EPR], ownerOdsCodes: ["x24"] }) { edges { node { reference } } } }`,
      { search: created.reference },
    );
    expect(list.data?.frameworks.edges.map((e) => e.node.reference)).toEqual([created.reference]);
  });

  it('saves a draft whole: keeps what it names by id, adds new lots, removes the rest, and audits it', async () => {
    const created = await draft();
    const second = await supplierWithProduct(central);
    const input = asDraftInput(created) as { lots: Record<string, unknown>[] } & Record<string, unknown>;
    input['title'] = 'Renamed';
    input.lots.push({
      number: 2,
      title: 'Day rates',
      category: 'PROFESSIONAL_SERVICES',
      awards: [
        {
          supplierId: second.supplierId,
          prices: [
            {
              productVersionId: second.versionId,
              pricingUnit: 'PER_DAY',
              billingPeriod: 'ONE_OFF',
              role: 'Solution architect',
              grade: 'Senior',
              ceilingUnitPrice: '1150.00',
              validFrom: '2026-01-01',
            },
          ],
        },
      ],
    });
    const em = server().server.orm.em.fork();
    const auditBefore = await em.count(AuditEvent, { action: 'updateFramework', entityId: created.id });
    const res = await central.gql<{ updateFramework: FrameworkPayloadShape }>(UPDATE_FRAMEWORK, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateFramework.userErrors).toEqual([]);
    const saved = res.data!.updateFramework.framework!;
    expect(saved.title).toBe('Renamed');
    expect(saved.rowVersion).toBe(created.rowVersion + 1);
    expect(saved.lots.map((l) => l.number)).toEqual([1, 2]);
    expect(saved.lots[0]!.id).toBe(created.lots[0]!.id);
    expect(saved.lots[0]!.awards[0]!.prices.map((p) => p.id).sort()).toEqual(
      created.lots[0]!.awards[0]!.prices.map((p) => p.id).sort(),
    );
    expect(await em.count(AuditEvent, { action: 'updateFramework', entityId: created.id })).toBe(
      auditBefore + 1,
    );

    // Leaving lot 1 out removes it, with its awards and prices.
    const trimmed = asDraftInput(saved) as { lots: unknown[] } & Record<string, unknown>;
    trimmed.lots = trimmed.lots.slice(1);
    const after = await central.gql<{ updateFramework: FrameworkPayloadShape }>(UPDATE_FRAMEWORK, {
      input: trimmed,
    });
    expect(after.data?.updateFramework.userErrors).toEqual([]);
    expect(after.data?.updateFramework.framework!.lots.map((l) => l.title)).toEqual(['Day rates']);
  });

  it('refuses a second save from a stale version with a clear message, and keeps the first', async () => {
    const created = await draft();
    const first = asDraftInput(created);
    const res1 = await central.gql<{ updateFramework: FrameworkPayloadShape }>(UPDATE_FRAMEWORK, {
      input: { ...first, title: 'First editor' },
    });
    expect(res1.data?.updateFramework.userErrors).toEqual([]);
    const res2 = await central.gql<{ updateFramework: FrameworkPayloadShape }>(UPDATE_FRAMEWORK, {
      input: { ...first, title: 'Second editor' },
    });
    expect(res2.data?.updateFramework.framework).toBeNull();
    expect(res2.data?.updateFramework.userErrors).toEqual([
      {
        code: 'STALE_VERSION',
        field: ['expectedRowVersion'],
        message: expect.stringMatching(/changed since you loaded it/),
      },
    ]);
    const now = await server().gql<{ framework: FrameworkShape }>(
      FRAMEWORK,
      { id: created.id },
      { cookie: central.cookie },
    );
    expect(now.data?.framework.title).toBe('First editor');
  });

  it('lets only central users of the owning body change a framework', async () => {
    const created = await draft();
    const otherBody = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'CC-SBS');
    const seen = await otherBody.gql<{ framework: unknown }>(FRAMEWORK, { id: created.id });
    expect(seen.data?.framework).toBeNull(); // another body's drafts are not theirs to see
    const refused = await otherBody.gql(PUBLISH_FRAMEWORK, {
      input: { id: created.id, expectedRowVersion: created.rowVersion },
    });
    expect(refused.data).toEqual({
      publishFramework: { framework: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND' })] },
    });

    const published = await publishedFramework(central, offer);
    const forbidden = await otherBody.gql(WITHDRAW_FRAMEWORK, {
      input: { id: published.id, expectedRowVersion: published.rowVersion, reason: 'Not ours' },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const trust = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
    const denied = await trust.gql(CREATE_FRAMEWORK, { input: draftInput(offer) });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('bad input to a draft', () => {
  const lotWith = (price: Record<string, unknown>, award: Record<string, unknown> = {}) => ({
    lots: [
      {
        number: 1,
        title: 'Lot',
        category: 'EPR',
        awards: [
          {
            supplierId: 'S',
            prices: [
              {
                productVersionId: 'V',
                pricingUnit: 'PER_USER',
                billingPeriod: 'ANNUAL',
                ceilingUnitPrice: '10',
                validFrom: '2026-01-01',
                ...price,
              },
            ],
            ...award,
          },
        ],
      },
    ],
  });
  const at = (tail: string) => `lots.0.awards.0.prices.0.${tail}`;

  it.each([
    [
      'overlapping tiers',
      lotWith({
        tiers: [
          { from: 1, to: 100, unitPrice: '10' },
          { from: 50, to: null, unitPrice: '9' },
        ],
        tierCalculation: 'CUMULATIVE',
      }),
      [at('tiers.1.from')],
    ],
    [
      'gapped tiers',
      lotWith({
        tiers: [
          { from: 1, to: 100, unitPrice: '10' },
          { from: 120, to: null, unitPrice: '9' },
        ],
        tierCalculation: 'SINGLE_FIXED',
      }),
      [at('tiers.1.from')],
    ],
    ['a zero price', lotWith({ ceilingUnitPrice: '0' }), [at('ceilingUnitPrice')]],
    ['a negative price', lotWith({ ceilingUnitPrice: '-5' }), [at('ceilingUnitPrice')]],
    ['more than 4 decimal places', lotWith({ ceilingUnitPrice: '1.23456' }), [at('ceilingUnitPrice')]],
    [
      'tiers without a calculation',
      lotWith({ tiers: [{ from: 1, to: null, unitPrice: '10' }] }),
      [at('tierCalculation')],
    ],
    [
      'a day rate without role and grade',
      lotWith({ pricingUnit: 'PER_DAY', billingPeriod: 'ONE_OFF' }),
      [at('role'), at('grade')],
    ],
    ['a price ending before it starts', lotWith({ validTo: '2025-12-31' }), [at('validTo')]],
    [
      'an unknown product version',
      lotWith({ productVersionId: '00000000-0000-0000-0000-000000000000' }),
      [at('productVersionId')],
    ],
    ['an end date before the start', { endDate: '2025-06-30' }, ['endDate']],
    ['a malformed reference', { reference: 'no spaces allowed' }, ['reference']],
    [
      'an unknown standard',
      { lots: [{ number: 1, title: 'Lot', category: 'EPR', requiredStandardCodes: ['NOPE'] }] },
      ['lots.0.requiredStandardCodes.0'],
    ],
    [
      'a supplier awarded twice to one lot',
      {
        lots: [
          {
            number: 1,
            title: 'Lot',
            category: 'EPR',
            awards: [
              { supplierId: 'S', prices: [] },
              { supplierId: 'S', prices: [] },
            ],
          },
        ],
      },
      ['lots.0.awards.1.supplierId'],
    ],
  ])('refuses %s, naming the field, and saves nothing', async (_case, overrides, expected) => {
    // The table names the fixture supplier and version as S and V: it is built before they exist.
    const json = JSON.stringify(draftInput(offer, overrides))
      .replaceAll('"supplierId":"S"', `"supplierId":"${offer.supplierId}"`)
      .replaceAll('"productVersionId":"V"', `"productVersionId":"${offer.versionId}"`);
    const em = server().server.orm.em.fork();
    const before = await em.count(Framework);
    const payload = await create(JSON.parse(json) as Record<string, unknown>);
    expect(payload.framework).toBeNull();
    expect(fields(payload)).toEqual(expected);
    expect(payload.userErrors.every((e) => e.message.length > 0)).toBe(true);
    expect(await em.count(Framework)).toBe(before);
  });

  it('refuses a reference another framework has', async () => {
    const first = await draft();
    const payload = await create(draftInput(offer, { reference: first.reference.toLowerCase() }));
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['reference'] })]);
  });

  it('refuses a product the awarded supplier does not sell', async () => {
    const other = await supplierWithProduct(central);
    const payload = await create(draftInput({ supplierId: offer.supplierId, versionId: other.versionId }));
    expect(fields(payload)).toEqual([
      'lots.0.awards.0.prices.0.productVersionId',
      'lots.0.awards.0.prices.1.productVersionId',
    ]);
  });
});

describe('publishing', () => {
  it('refuses a framework with no lots, or a lot with no awards, naming what is missing', async () => {
    const empty = await draft({ lots: [] });
    const noLots = await central.gql<{ publishFramework: FrameworkPayloadShape }>(PUBLISH_FRAMEWORK, {
      input: { id: empty.id, expectedRowVersion: empty.rowVersion },
    });
    expect(fields(noLots.data!.publishFramework)).toEqual(['lots']);

    const bare = await draft({ lots: [{ number: 1, title: 'Lot', category: 'EPR' }] });
    const noAwards = await central.gql<{ publishFramework: FrameworkPayloadShape }>(PUBLISH_FRAMEWORK, {
      input: { id: bare.id, expectedRowVersion: bare.rowVersion },
    });
    expect(fields(noAwards.data!.publishFramework)).toEqual(['lots.0.awards']);
    const still = await central.gql<{ framework: FrameworkShape }>(FRAMEWORK, { id: bare.id });
    expect(still.data?.framework.status).toBe('DRAFT');
  });

  it('names a missing price by the award’s place in the list the API shows (by supplier name)', async () => {
    const later = await supplierWithProduct(central); // created after `offer`, so its name sorts after it
    const input = draftInput(offer) as { lots: { awards: unknown[] }[] };
    input.lots[0]!.awards.unshift({ supplierId: later.supplierId, prices: [] });
    const created = await create(input);
    expect(created.framework?.lots[0]!.awards.map((a) => a.supplier.id)).toEqual([
      offer.supplierId,
      later.supplierId,
    ]);
    const res = await central.gql<{ publishFramework: FrameworkPayloadShape }>(PUBLISH_FRAMEWORK, {
      input: { id: created.framework!.id, expectedRowVersion: created.framework!.rowVersion },
    });
    expect(res.data?.publishFramework.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['lots', '0', 'awards', '1', 'prices'],
        message: `Lot 1: ${later.supplierName} needs at least one price.`,
      },
    ]);
  });

  it('after which the framework is not edited as a draft any more', async () => {
    const published = await publishedFramework(central, offer);
    const res = await central.gql<{ updateFramework: FrameworkPayloadShape }>(UPDATE_FRAMEWORK, {
      input: { ...asDraftInput(published), title: 'Quietly changed' },
    });
    expect(res.data?.updateFramework.framework).toBeNull();
    expect(res.data?.updateFramework.userErrors).toEqual([
      expect.objectContaining({
        code: 'INVALID',
        field: ['id'],
        message: expect.stringMatching(/amendment/),
      }),
    ]);
    const again = await central.gql<{ framework: FrameworkShape }>(FRAMEWORK, { id: published.id });
    expect(again.data?.framework.title).toBe(published.title);
  });
});

describe('amendments to a published framework', () => {
  async function amend(framework: FrameworkShape, change: Record<string, unknown>) {
    const res = await central.gql<{ amendFramework: FrameworkPayloadShape }>(AMEND_FRAMEWORK, {
      input: {
        id: framework.id,
        expectedRowVersion: framework.rowVersion,
        reason: 'Agreed at the review board',
        ...change,
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.amendFramework;
  }

  it('adds a supplier, changes a price from a date and extends, each recorded in the history and audited', async () => {
    let framework = await publishedFramework(central, offer);
    const newcomer = await supplierWithProduct(central);
    const added = await amend(framework, {
      effectiveFrom: '2026-06-01',
      addAward: {
        lotId: framework.lots[0]!.id,
        award: {
          supplierId: newcomer.supplierId,
          prices: [
            {
              productVersionId: newcomer.versionId,
              pricingUnit: 'PER_USER',
              billingPeriod: 'MONTHLY',
              ceilingUnitPrice: '1.2500',
              validFrom: '2026-06-01',
            },
          ],
        },
      },
    });
    expect(added.userErrors).toEqual([]);
    framework = added.framework!;
    expect(framework.lots[0]!.awards.map((a) => a.supplier.id)).toContain(newcomer.supplierId);

    const perUser = framework.lots[0]!.awards.find((a) => a.supplier.id === offer.supplierId)!.prices.find(
      (p) => p.pricingUnit === 'PER_USER',
    )!;
    const changed = await amend(framework, {
      effectiveFrom: '2026-09-01',
      changePrice: { priceId: perUser.id, ceilingUnitPrice: '11.00' },
    });
    expect(changed.userErrors).toEqual([]);
    framework = changed.framework!;
    const current = framework.lots[0]!.awards.find((a) => a.supplier.id === offer.supplierId)!.prices;
    expect(current.find((p) => p.pricingUnit === 'PER_USER')).toMatchObject({
      ceilingUnitPrice: { amount: '11.0000' },
      tiers: null,
      validFrom: '2026-09-01',
    });

    const extended = await amend(framework, { extend: { endDate: '2031-12-31' } });
    expect(extended.userErrors).toEqual([]);
    framework = extended.framework!;
    expect(framework.endDate).toBe('2031-12-31');
    expect(framework.amendments.map((a) => a.kind)).toEqual(['EXTEND', 'CHANGE_PRICE', 'ADD_AWARD']);
    expect(framework.amendments[1]).toMatchObject({
      summary: 'Changed a ceiling price from £12.50 to £11.00 per unit.',
      reason: 'Agreed at the review board',
      effectiveFrom: '2026-09-01',
    });

    // The replaced price stays in the history, ending the day before its replacement.
    const history = await server().gql<{
      framework: {
        lots: { awards: { prices: { ceilingUnitPrice: { amount: string }; validTo: string | null }[] }[] }[];
      };
    }>(
      `query($id: String) { framework(id: $id) { lots { awards { prices(includeReplaced: true) { ceilingUnitPrice { amount } validTo } } } } }`,
      { id: framework.id },
    );
    const all = history.data!.framework.lots[0]!.awards.flatMap((a) => a.prices);
    expect(all).toContainEqual({ ceilingUnitPrice: { amount: '12.5000' }, validTo: '2026-08-31' });
    const em = server().server.orm.em.fork();
    expect(await em.count(AuditEvent, { action: 'amendFramework', entityId: framework.id })).toBe(3);
  });

  it('refuses an amendment that names no change or two, an extension that shortens, and bad prices', async () => {
    const framework = await publishedFramework(central, offer);
    expect((await amend(framework, {})).userErrors.map((e) => e.code)).toEqual(['INVALID']);
    expect(fields(await amend(framework, { extend: { endDate: '2029-01-01' } }))).toEqual(['extend.endDate']);
    const price = framework.lots[0]!.awards[0]!.prices[0]!;
    expect(
      fields(
        await amend(framework, {
          effectiveFrom: '2026-07-01',
          changePrice: { priceId: price.id, ceilingUnitPrice: '1.00001' },
        }),
      ),
    ).toEqual(['changePrice.ceilingUnitPrice']);
    expect(
      fields(
        await amend(framework, {
          addAward: {
            lotId: framework.lots[0]!.id,
            award: { supplierId: offer.supplierId, prices: [] },
          },
        }),
      ),
    ).toEqual(['addAward.award.supplierId']);
    const unchanged = await central.gql<{ framework: FrameworkShape }>(FRAMEWORK, { id: framework.id });
    expect(unchanged.data?.framework.rowVersion).toBe(framework.rowVersion);
    expect(unchanged.data?.framework.amendments).toEqual([]);
  });

  it('withdraws with a reason; a withdrawn framework takes no more amendments', async () => {
    const framework = await publishedFramework(central, offer);
    const noReason = await central.gql<{ withdrawFramework: FrameworkPayloadShape }>(WITHDRAW_FRAMEWORK, {
      input: { id: framework.id, expectedRowVersion: framework.rowVersion, reason: '  ' },
    });
    expect(fields(noReason.data!.withdrawFramework)).toEqual(['reason']);
    const res = await central.gql<{ withdrawFramework: FrameworkPayloadShape }>(WITHDRAW_FRAMEWORK, {
      input: {
        id: framework.id,
        expectedRowVersion: framework.rowVersion,
        reason: 'Supplier market changed',
      },
    });
    expect(res.data?.withdrawFramework.framework).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnReason: 'Supplier market changed',
      viewerCanAmend: false,
    });
    const withdrawn = res.data!.withdrawFramework.framework!;
    expect(fields(await amend(withdrawn, { extend: { endDate: '2032-01-01' } }))).toEqual(['id']);
  });
});

describe('expiry', () => {
  it('happens by date, without anyone doing anything', async () => {
    const framework = await publishedFramework(central, offer);
    const em = server().server.orm.em.fork();
    await em.nativeUpdate(
      Framework,
      { id: framework.id },
      { startDate: '2020-01-01', endDate: '2024-03-31' },
    );
    const res = await server().gql<{ framework: { status: string; viewerCanAmend: boolean } }>(
      `query($id: String) { framework(id: $id) { status viewerCanAmend } }`,
      { id: framework.id },
      { cookie: central.cookie },
    );
    expect(res.data?.framework).toEqual({ status: 'EXPIRED', viewerCanAmend: false });
    const listed = await server().gql<{ frameworks: { edges: { node: { reference: string } }[] } }>(
      `query($search: String) { published: frameworks(filter: { search: $search }) { edges { node { reference } } } frameworks(filter: { search: $search, statuses: [EXPIRED] }) { edges { node { reference } } } }`,
      { search: framework.reference },
    );
    expect(listed.data?.frameworks.edges).toEqual([{ node: { reference: framework.reference } }]);
    expect((listed.data as unknown as { published: { edges: unknown[] } }).published.edges).toEqual([]);
  });
});

describe('the framework list', () => {
  it('refuses bad arguments as bad input, and finds by id or reference only one way at a time', async () => {
    const both = await server().gql(`{ framework(id: "x", reference: "y") { id } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await server().gql(
      `query($s: String) { frameworks(filter: { search: $s }) { totalCount } }`,
      {
        s: 'x'.repeat(101),
      },
    );
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await server().gql(`{ framework(id: "not-a-uuid") { id } }`);
    expect(malformed.data).toEqual({ framework: null });
  });

  it('reads lots, awards and prices of a page of frameworks in a fixed number of statements', async () => {
    for (let i = 0; i < 3; i++) await publishedFramework(central, offer);
    const query = `query($first: Int) { frameworks(first: $first, orderBy: { field: REFERENCE, direction: DESC }) { edges { node { reference owner { name } lots { requiredStandards { code } awards { supplier { name } prices { ceilingUnitPrice { amount } productVersion { version product { name cpv { label } } } } } } amendments { kind } } } } }`;
    const count = async (first: number) => {
      server().queries.reset();
      const res = await server().gql(query, { first });
      expect(res.errors).toBeUndefined();
      return server().queries.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s)).length;
    };
    expect(await count(1)).toBe(await count(3));
  });
});

describe('the OCDS export', () => {
  it('publishes every framework past the draft stage as a valid OCDS 1.1 release package', async () => {
    const framework = await publishedFramework(central, offer);
    const amended = await central.gql<{ amendFramework: FrameworkPayloadShape }>(AMEND_FRAMEWORK, {
      input: {
        id: framework.id,
        expectedRowVersion: framework.rowVersion,
        reason: 'Extension',
        extend: { endDate: '2030-12-31' },
      },
    });
    expect(amended.data?.amendFramework.userErrors).toEqual([]);
    const withdrawn = await publishedFramework(central, offer);
    const res = await central.gql<{ withdrawFramework: FrameworkPayloadShape }>(WITHDRAW_FRAMEWORK, {
      input: { id: withdrawn.id, expectedRowVersion: withdrawn.rowVersion, reason: 'Replaced' },
    });
    expect(res.data?.withdrawFramework.userErrors).toEqual([]);

    for (const { reference, ocdsUrl } of [
      amended.data!.amendFramework.framework!,
      res.data!.withdrawFramework.framework!,
    ]) {
      expect(ocdsUrl).toBe(`/ocds/frameworks/${reference}.json`);
      const response = await fetch(`${server().url}${ocdsUrl}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const pkg = (await response.json()) as { releases: { tender: { status: string; items: unknown[] } }[] };
      expect(errorsOf(pkg)).toEqual([]);
      expect(pkg.releases[0]!.tender.items).toHaveLength(2);
    }
  });

  it('never exports a draft, and answers an unknown reference with 404', async () => {
    const created = await draft();
    for (const file of [`${created.reference}.json`, 'NOPE.json', 'no-extension']) {
      const response = await fetch(`${server().url}/ocds/frameworks/${file}`);
      expect(response.status).toBe(404);
    }
  });
});
