import { describe, expect, it } from 'vitest';
import { codelist, errorsOf } from '../../../../test/ocds.js';
import { frameworkReleasePackage, OCID_PREFIX, type OcdsFramework } from '../ocds.js';

const BASE_URL = 'https://concord.example';

const supplierA = {
  id: '5f0c2a9e-3d41-4b7a-9c1e-2a6b8d4f1001',
  name: 'Meridian Health Systems Ltd',
  companiesHouseNumber: '04512345',
  sme: false,
  website: 'https://www.meridian-health.example',
};
const supplierB = {
  id: '5f0c2a9e-3d41-4b7a-9c1e-2a6b8d4f1002',
  name: 'Brightwater Clinical Software Ltd',
  companiesHouseNumber: 'sc612345',
  sme: true,
  website: 'brightwater.example',
};

type PriceInput = OcdsFramework['awards'][number]['prices'][number];
const price = (over: Partial<PriceInput> & Pick<PriceInput, 'id'>): PriceInput => ({
  product: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Meridian EPR', category: 'EPR' },
  productVersion: { id: 'a1b2c3d4-0000-4000-8000-000000000101', version: '24.2' },
  cpv: { code: '48180000-3', label: 'Medical software package' },
  pricingUnit: 'PER_USER',
  billingPeriod: 'ANNUAL',
  role: null,
  grade: null,
  ceilingUnitPrice: '120.0000',
  tiers: null,
  tierCalculation: null,
  validFrom: '2026-04-01',
  validTo: '2027-03-31',
  ...over,
});

const LOT_EPR = 'b7e1d2c3-1111-4a5b-8c9d-000000000001';
const LOT_SERVICES = 'b7e1d2c3-1111-4a5b-8c9d-000000000002';

/** Published, two lots, tiered and flat prices, one-off and recurring, PER_DAY roles, amendments. */
const published: OcdsFramework = {
  id: 'd3f1a6b2-7c84-4e19-a5d0-6b2c9e8f7a01',
  reference: 'RM6221',
  title: 'Electronic Patient Records and Clinical Systems',
  description: 'Ceiling prices for EPR software and the professional services to deploy it.',
  status: 'PUBLISHED',
  withdrawnReason: null,
  startDate: '2026-04-01',
  endDate: '2030-03-31',
  publishedAt: new Date('2026-03-02T09:00:00Z'),
  updatedAt: new Date('2026-06-15T14:30:12.345Z'),
  owner: { odsCode: 'X24', name: 'NHS England' },
  // Out of order on purpose: the export sorts lots by number.
  lots: [
    {
      id: LOT_SERVICES,
      number: 2,
      title: 'Deployment and clinical safety services',
      scope: 'Implementation, data migration and clinical safety, priced per day by role and grade.',
      category: 'PROFESSIONAL_SERVICES',
      requiredStandards: [],
    },
    {
      id: LOT_EPR,
      number: 1,
      title: 'Electronic patient record software',
      scope: null,
      category: 'EPR',
      requiredStandards: [
        {
          code: 'DCB0129',
          name: 'Clinical Risk Management: its Application in the Manufacture of Health IT Systems',
        },
        { code: 'DTAC', name: 'Digital Technology Assessment Criteria' },
      ],
    },
  ],
  awards: [
    {
      id: 'c9a8b7d6-2222-4e5f-9a0b-000000000001',
      lotId: LOT_EPR,
      awardedOn: '2026-03-01',
      supplier: supplierA,
      prices: [
        price({
          id: 'e0000000-0000-4000-8000-000000000001',
          ceilingUnitPrice: '12.5000',
          tiers: [
            { from: 1, to: 5000, unitPrice: '12.5000' },
            { from: 5001, to: null, unitPrice: '10.2500' },
          ],
          tierCalculation: 'CUMULATIVE',
        }),
        price({
          id: 'e0000000-0000-4000-8000-000000000002',
          pricingUnit: 'PER_BED',
          ceilingUnitPrice: '1450.0000',
        }),
        price({
          id: 'e0000000-0000-4000-8000-000000000003',
          pricingUnit: 'FIXED',
          billingPeriod: 'ONE_OFF',
          cpv: { code: '72263000-6', label: 'Software implementation services' },
          ceilingUnitPrice: '250000.0000',
          validTo: null,
        }),
      ],
    },
    {
      id: 'c9a8b7d6-2222-4e5f-9a0b-000000000002',
      lotId: LOT_EPR,
      awardedOn: '2026-03-01',
      supplier: supplierB,
      prices: [
        price({
          id: 'e0000000-0000-4000-8000-000000000004',
          product: {
            id: 'a1b2c3d4-0000-4000-8000-000000000002',
            name: 'Brightwater Clinical Notes',
            category: 'EPR',
          },
          productVersion: { id: 'a1b2c3d4-0000-4000-8000-000000000201', version: '3.1' },
          billingPeriod: 'MONTHLY',
          ceilingUnitPrice: '0.9875',
        }),
      ],
    },
    {
      id: 'c9a8b7d6-2222-4e5f-9a0b-000000000003',
      lotId: LOT_SERVICES,
      awardedOn: '2026-03-08',
      supplier: supplierB,
      prices: [
        price({
          id: 'e0000000-0000-4000-8000-000000000005',
          product: {
            id: 'a1b2c3d4-0000-4000-8000-000000000003',
            name: 'Brightwater Services',
            category: 'PROFESSIONAL_SERVICES',
          },
          productVersion: { id: 'a1b2c3d4-0000-4000-8000-000000000301', version: '2026' },
          cpv: { code: '72224000-1', label: 'Project management consultancy services' },
          pricingUnit: 'PER_DAY',
          billingPeriod: 'ONE_OFF',
          role: 'Solution architect',
          grade: 'SFIA level 5',
          ceilingUnitPrice: '950.0000',
        }),
        price({
          id: 'e0000000-0000-4000-8000-000000000006',
          product: {
            id: 'a1b2c3d4-0000-4000-8000-000000000003',
            name: 'Brightwater Services',
            category: 'PROFESSIONAL_SERVICES',
          },
          productVersion: { id: 'a1b2c3d4-0000-4000-8000-000000000301', version: '2026' },
          cpv: { code: '72224000-1', label: 'Project management consultancy services' },
          pricingUnit: 'PER_DAY',
          billingPeriod: 'ONE_OFF',
          role: 'Clinical safety officer',
          grade: 'Senior',
          ceilingUnitPrice: '1100.0000',
        }),
      ],
    },
  ],
  amendments: [
    {
      id: 'f1000000-0000-4000-8000-000000000002',
      kind: 'PRICE_CHANGE',
      summary: 'Lot 1 per-bed ceiling reduced to £1,450.',
      madeAt: new Date('2026-06-15T14:30:12.345Z'),
    },
    {
      id: 'f1000000-0000-4000-8000-000000000001',
      kind: 'SUPPLIER_ADDED',
      summary: 'Brightwater Clinical Software Ltd added to Lot 2.',
      madeAt: new Date('2026-05-01T10:00:00Z'),
    },
  ],
};

/** Withdrawn, owned by a central body with a local (non-ODS) code. */
const withdrawn: OcdsFramework = {
  id: 'd3f1a6b2-7c84-4e19-a5d0-6b2c9e8f7a02',
  reference: 'SBS/23/AB/WAB/9876',
  title: 'Cyber Security Services 3',
  description: null,
  status: 'WITHDRAWN',
  withdrawnReason: 'Replaced by a national agreement; existing call-offs continue to their end date.',
  startDate: '2025-01-06',
  endDate: '2028-01-05',
  publishedAt: new Date('2024-12-20T12:00:00Z'),
  updatedAt: new Date('2026-02-10T16:45:00Z'),
  owner: { odsCode: 'CC-SBS', name: 'NHS Shared Business Services' },
  lots: [
    {
      id: 'b7e1d2c3-3333-4a5b-8c9d-000000000001',
      number: 1,
      title: 'Managed security operations centre',
      scope: 'Round-the-clock monitoring and incident response.',
      category: 'CYBER_SECURITY',
      requiredStandards: [{ code: 'DSPT', name: 'Data Security and Protection Toolkit' }],
    },
  ],
  awards: [
    {
      id: 'c9a8b7d6-4444-4e5f-9a0b-000000000001',
      lotId: 'b7e1d2c3-3333-4a5b-8c9d-000000000001',
      awardedOn: '2024-12-18',
      supplier: { ...supplierA, website: null },
      prices: [
        price({
          id: 'e0000000-0000-4000-8000-000000000101',
          product: {
            id: 'a1b2c3d4-0000-4000-8000-000000000004',
            name: 'Meridian SOC',
            category: 'CYBER_SECURITY',
          },
          cpv: { code: '72212730-5', label: 'Security software development services' },
          pricingUnit: 'PER_SITE',
          billingPeriod: 'MONTHLY',
          ceilingUnitPrice: '3200.0000',
          validFrom: '2025-01-06',
          validTo: '2028-01-05',
        }),
      ],
    },
  ],
  amendments: [],
};

/** Expired: a lot nobody was awarded, an award without prices or date, single-fixed tiers. */
const expired: OcdsFramework = {
  id: 'd3f1a6b2-7c84-4e19-a5d0-6b2c9e8f7a03',
  reference: 'RM3821',
  title: 'Data and Application Solutions',
  description: 'Software licences and hosting for NHS trusts.',
  status: 'EXPIRED',
  withdrawnReason: null,
  startDate: '2019-10-28',
  endDate: '2024-01-27',
  publishedAt: new Date('2019-10-01T08:00:00Z'),
  updatedAt: new Date('2024-01-28T00:05:00Z'),
  owner: { odsCode: 'X24', name: 'NHS England' },
  lots: [
    {
      id: 'b7e1d2c3-5555-4a5b-8c9d-000000000001',
      number: 1,
      title: 'Laboratory information management systems',
      scope: null,
      category: 'LIMS',
      requiredStandards: [],
    },
    {
      id: 'b7e1d2c3-5555-4a5b-8c9d-000000000002',
      number: 2,
      title: 'Cloud hosting',
      scope: 'Hosting for clinical applications.',
      category: 'CLOUD',
      requiredStandards: [],
    },
  ],
  awards: [
    {
      id: 'c9a8b7d6-6666-4e5f-9a0b-000000000001',
      lotId: 'b7e1d2c3-5555-4a5b-8c9d-000000000001',
      awardedOn: null,
      supplier: supplierB,
      prices: [
        price({
          id: 'e0000000-0000-4000-8000-000000000201',
          product: { id: 'a1b2c3d4-0000-4000-8000-000000000005', name: 'Brightwater LIMS', category: 'LIMS' },
          pricingUnit: 'PER_TRANSACTION',
          billingPeriod: 'MONTHLY',
          ceilingUnitPrice: '0.0450',
          tiers: [
            { from: 0, to: 99999, unitPrice: '0.0450' },
            { from: 100000, to: null, unitPrice: '0.0300' },
          ],
          tierCalculation: 'SINGLE_FIXED',
          validFrom: '2019-10-28',
          validTo: '2024-01-27',
        }),
      ],
    },
    {
      id: 'c9a8b7d6-6666-4e5f-9a0b-000000000002',
      lotId: 'b7e1d2c3-5555-4a5b-8c9d-000000000001',
      awardedOn: '2019-10-20',
      supplier: supplierA,
      prices: [],
    },
  ],
  amendments: [],
};

type Item = { id: string; relatedLot: string; description: string; classification: Record<string, unknown> };
type Release = {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: string;
  parties: {
    id: string;
    name: string;
    roles: string[];
    identifier?: Record<string, unknown>;
    contactPoint?: { url: string };
    details?: unknown;
  }[];
  buyer: { id: string };
  tender: Record<string, unknown> & {
    status: string;
    lots: { id: string; title: string; status: string }[];
    items?: (Item & { unit: { name: string; value: { amount: number; currency: string } } })[];
    amendments?: { id: string; date: string; description: string }[];
    documents?: Record<string, unknown>[];
  };
  awards?: {
    id: string;
    status: string;
    date?: string;
    suppliers: { id: string; name: string }[];
    relatedLots: string[];
    items?: Item[];
  }[];
};

function exportOf(framework: OcdsFramework) {
  const pkg = frameworkReleasePackage(framework, { baseUrl: BASE_URL });
  return { pkg, release: (pkg['releases'] as Release[])[0]! };
}

describe('frameworkReleasePackage', () => {
  it.each([
    ['published', published],
    ['withdrawn', withdrawn],
    ['expired', expired],
  ])('exports a %s framework as a valid OCDS 1.1.5 release package', (_label, framework) => {
    const pkg = frameworkReleasePackage(framework, { baseUrl: BASE_URL });
    expect(errorsOf(pkg)).toEqual([]);
    // What goes over the wire is the JSON text: it must validate too.
    expect(errorsOf(JSON.parse(JSON.stringify(pkg)))).toEqual([]);
  });

  it('is a live validator: a package without an ocid, or with an unknown tag, fails', () => {
    const { pkg, release } = exportOf(published);
    const { ocid: _ocid, ...withoutOcid } = release;
    expect(errorsOf({ ...pkg, releases: [withoutOcid] })).toEqual([
      "/releases/0 must have required property 'ocid'",
    ]);
    const badTag = errorsOf({ ...pkg, releases: [{ ...release, tag: ['published'] }] });
    expect(badTag.some((e) => e.startsWith('/releases/0/tag/0'))).toBe(true);
    expect(errorsOf({ ...pkg, publishedDate: '15/06/2026' })).toEqual([
      '/publishedDate must match format "date-time"',
    ]);
  });

  it('fills the package metadata', () => {
    const { pkg } = exportOf(published);
    expect(pkg).toMatchObject({
      uri: 'https://concord.example/ocds/frameworks/RM6221.json',
      version: '1.1',
      publishedDate: '2026-06-15T14:30:12.345Z',
      publisher: { name: 'Concord', uri: 'https://concord.example' },
      license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    });
    expect(pkg['extensions']).toContain(
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
    );
    // A trailing slash on the base URL does not double up; a reference with a slash stays one segment.
    const other = frameworkReleasePackage(withdrawn, { baseUrl: 'https://concord.example/' });
    expect(other['uri']).toBe('https://concord.example/ocds/frameworks/SBS%2F23%2FAB%2FWAB%2F9876.json');
    expect(() => frameworkReleasePackage(published, { baseUrl: 'concord.example' })).toThrow();
  });

  it('maps a published framework: release, lots, items, parties, awards and amendments', () => {
    const { release } = exportOf(published);
    expect(release.ocid).toBe(`${OCID_PREFIX}-${published.id}`);
    expect(release.id).toBe(`${OCID_PREFIX}-${published.id}-20260615T143012345Z-active`);
    expect(release).toMatchObject({
      date: '2026-06-15T14:30:12.345Z',
      initiationType: 'tender',
      language: 'en',
    });
    expect(release.tag).toEqual(['tender', 'tenderAmendment', 'award']);

    const { tender } = release;
    expect(tender).toMatchObject({
      id: 'RM6221',
      title: published.title,
      status: 'active',
      procuringEntity: { id: 'GB-NHS-X24', name: 'NHS England' },
      mainProcurementCategory: 'goods',
      additionalProcurementCategories: ['services'],
      // 31 March 2030 is the day clocks go forward: its last second is already BST.
      contractPeriod: { startDate: '2026-04-01T00:00:00+01:00', endDate: '2030-03-31T23:59:59+01:00' },
    });
    expect(tender['procurementMethod']).toBeUndefined();
    expect(tender.lots.map((l) => l.title)).toEqual([
      'Lot 1: Electronic patient record software',
      'Lot 2: Deployment and clinical safety services',
    ]);
    expect(tender['eligibilityCriteria']).toContain('Lot 1: Clinical Risk Management');
    expect(tender['eligibilityCriteria']).toContain('(DTAC)');

    const items = tender.items!;
    expect(items).toHaveLength(6);
    for (const item of items) {
      expect(item.classification['scheme']).toBe('CPV');
      expect(item.unit.value.currency).toBe('GBP');
      expect(typeof item.unit.value.amount).toBe('number');
    }
    const byId = new Map(items.map((item) => [item.id, item]));
    const tiered = byId.get('e0000000-0000-4000-8000-000000000001')!;
    expect(tiered).toMatchObject({
      relatedLot: LOT_EPR,
      classification: { scheme: 'CPV', id: '48180000-3', description: 'Medical software package' },
      unit: { name: 'Per user per year', value: { amount: 12.5, currency: 'GBP' } },
    });
    expect(tiered.description).toContain(
      'Volume bands (each band charged at its own price): 1–5000 at £12.5000; 5001 and over at £10.2500.',
    );
    expect(byId.get('e0000000-0000-4000-8000-000000000003')!.unit).toEqual({
      name: 'Fixed charge, one-off',
      value: { amount: 250000, currency: 'GBP' },
    });
    expect(byId.get('e0000000-0000-4000-8000-000000000004')!.unit.value.amount).toBe(0.9875);
    const architect = byId.get('e0000000-0000-4000-8000-000000000005')!;
    expect(architect.unit.name).toBe('Per day, one-off');
    expect(architect.description).toContain('Brightwater Services 2026: Solution architect, SFIA level 5.');
    expect(architect.relatedLot).toBe(LOT_SERVICES);

    // The owner once, each supplier once even when awarded on two lots.
    expect(release.parties.map((p) => [p.id, p.roles])).toEqual([
      ['GB-NHS-X24', ['buyer', 'procuringEntity']],
      ['GB-COH-04512345', ['supplier']],
      ['GB-COH-SC612345', ['supplier']],
    ]);
    expect(release.buyer.id).toBe('GB-NHS-X24');
    expect(release.parties[0]!.identifier).toEqual({ scheme: 'GB-NHS', id: 'X24', legalName: 'NHS England' });
    expect(release.parties[1]!.details).toEqual({ scale: 'large' });
    expect(release.parties[2]).toMatchObject({
      identifier: { scheme: 'GB-COH', id: 'SC612345' },
      contactPoint: { url: 'https://brightwater.example' },
      details: { scale: 'sme' },
    });

    const awards = release.awards!;
    expect(awards).toHaveLength(3);
    const partyIds = new Set(release.parties.map((p) => p.id));
    const lotIds = new Set(tender.lots.map((l) => l.id));
    for (const award of awards) {
      expect(award.status).toBe('active');
      expect(award.suppliers.every((s) => partyIds.has(s.id))).toBe(true);
      expect(award.relatedLots.every((id) => lotIds.has(id))).toBe(true);
    }
    expect(awards[0]).toMatchObject({ date: '2026-03-01T00:00:00+00:00', relatedLots: [LOT_EPR] });
    expect(awards[0]!.items!.map((i) => i.id)).toEqual([
      'e0000000-0000-4000-8000-000000000001',
      'e0000000-0000-4000-8000-000000000002',
      'e0000000-0000-4000-8000-000000000003',
    ]);
    expect(awards[2]).toMatchObject({
      suppliers: [{ id: 'GB-COH-SC612345', name: 'Brightwater Clinical Software Ltd' }],
      relatedLots: [LOT_SERVICES],
    });

    // Oldest first, whatever order they arrive in.
    expect(tender.amendments).toEqual([
      {
        id: 'f1000000-0000-4000-8000-000000000001',
        date: '2026-05-01T10:00:00.000Z',
        description: 'Supplier added: Brightwater Clinical Software Ltd added to Lot 2.',
      },
      {
        id: 'f1000000-0000-4000-8000-000000000002',
        date: '2026-06-15T14:30:12.345Z',
        description: 'Price change: Lot 1 per-bed ceiling reduced to £1,450.',
      },
    ]);
  });

  it('marks a withdrawn framework cancelled, with the reason, and keeps local codes out of GB-NHS', () => {
    const { release } = exportOf(withdrawn);
    expect(release.tag).toEqual(['tender', 'tenderCancellation', 'award', 'awardCancellation']);
    expect(release.tender.status).toBe('cancelled');
    expect(release.tender.lots.map((l) => l.status)).toEqual(['cancelled']);
    expect(release.awards!.map((a) => a.status)).toEqual(['cancelled']);
    expect(release.tender.documents).toEqual([
      {
        id: 'withdrawal',
        documentType: 'cancellationDetails',
        title: 'Why the framework was withdrawn',
        description: withdrawn.withdrawnReason,
        datePublished: '2026-02-10T16:45:00.000Z',
      },
    ]);
    expect(release.parties[0]).toEqual({
      id: `${OCID_PREFIX}-org-CC-SBS`,
      name: 'NHS Shared Business Services',
      roles: ['buyer', 'procuringEntity'],
    });
    expect(release.parties[1]!.contactPoint).toBeUndefined();
  });

  it('marks an expired framework complete and leaves out what is unknown', () => {
    const { release } = exportOf(expired);
    expect(release.tag).toEqual(['tender', 'award']);
    expect(release.tender.status).toBe('complete');
    expect(release.tender.lots.map((l) => l.status)).toEqual(['complete', 'complete']);
    expect(release.tender).toMatchObject({
      mainProcurementCategory: 'goods',
      contractPeriod: { startDate: '2019-10-28T00:00:00+00:00', endDate: '2024-01-27T23:59:59+00:00' },
    });
    expect(release.tender['eligibilityCriteria']).toBeUndefined();
    const [withPrices, withoutPrices] = release.awards!;
    expect(withPrices!.date).toBeUndefined();
    expect(withPrices!.items![0]!.description).toContain(
      'Volume bands (the whole quantity charged at the price of the band it reaches): 0–99999 at £0.0450; 100000 and over at £0.0300.',
    );
    // The schema wants at least one item when `items` is present.
    expect(withoutPrices!.items).toBeUndefined();
    expect(withoutPrices!.date).toBe('2019-10-20T00:00:00+01:00');
  });

  it('uses only codes from the OCDS codelists', () => {
    const tags = new Set(codelist('releaseTag'));
    const tenderStatuses = new Set(codelist('tenderStatus'));
    const awardStatuses = new Set(codelist('awardStatus'));
    const roles = new Set(codelist('partyRole'));
    for (const framework of [published, withdrawn, expired]) {
      const { release } = exportOf(framework);
      expect(codelist('initiationType')).toContain(release.initiationType);
      expect(release.tag.every((t) => tags.has(t))).toBe(true);
      // The lots extension reuses tenderStatus; the core schema does not check it there.
      expect(
        [release.tender.status, ...release.tender.lots.map((l) => l.status)].every((s) =>
          tenderStatuses.has(s),
        ),
      ).toBe(true);
      expect((release.awards ?? []).every((a) => awardStatuses.has(a.status))).toBe(true);
      // partyRole is an open codelist, so only this test keeps the roles to known ones.
      expect(release.parties.flatMap((p) => p.roles).every((r) => roles.has(r))).toBe(true);
    }
  });

  it('is deterministic, and gives a new release id when the framework changes', () => {
    expect(frameworkReleasePackage(published, { baseUrl: BASE_URL })).toEqual(
      frameworkReleasePackage(published, { baseUrl: BASE_URL }),
    );
    const before = exportOf(published).release;
    const edited = exportOf({ ...published, updatedAt: new Date('2026-06-16T08:00:00Z') }).release;
    const lapsed = exportOf({ ...published, status: 'EXPIRED' }).release;
    expect(edited.ocid).toBe(before.ocid);
    expect(new Set([before.id, edited.id, lapsed.id]).size).toBe(3);
    expect(edited.date).toBe('2026-06-16T08:00:00.000Z');
  });

  it('exports prices exactly and refuses malformed ones', () => {
    const withPrice = (ceilingUnitPrice: string): OcdsFramework => ({
      ...expired,
      awards: [{ ...expired.awards[0]!, prices: [{ ...expired.awards[0]!.prices[0]!, ceilingUnitPrice }] }],
    });
    const amountOf = (ceilingUnitPrice: string) =>
      exportOf(withPrice(ceilingUnitPrice)).release.tender.items![0]!.unit.value.amount;
    expect(JSON.stringify(amountOf('12345678901.2345'))).toBe('12345678901.2345');
    expect(amountOf('0.0001')).toBe(0.0001);
    expect(amountOf('7')).toBe(7);
    for (const bad of ['12.50001', '-1.00', '1e3', '£12', '']) expect(() => amountOf(bad)).toThrow(/price/);
  });

  it('refuses an award on a lot that is not in the framework', () => {
    const stray = { ...published, awards: [{ ...published.awards[0]!, lotId: 'not-a-lot' }] };
    expect(() => frameworkReleasePackage(stray, { baseUrl: BASE_URL })).toThrow(/not-a-lot/);
  });
});
