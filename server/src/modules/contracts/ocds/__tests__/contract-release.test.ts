import { describe, expect, it } from 'vitest';
import { OCID_PREFIX } from '../../../frameworks/ocds.js';
import { contractRelease, contractReleasePackage, type OcdsContract } from '../contract-release.js';
import { releasePackageErrors } from '../ocds-validation.js';
import { readReleasePackage } from '../release-import.js';

const FRAMEWORK_ID = 'd3f1a6b2-7c84-4e19-a5d0-6b2c9e8f7a01';
const PUBLISHED = new Date('2026-07-01T08:00:00Z');

/** A call-off from a framework lot, prices NAMED: the fullest export. */
const callOff: OcdsContract = {
  id: '7a1c2b3d-0000-4000-8000-000000000001',
  reference: 'RJ1-EPR-2026',
  title: 'Electronic patient record, Guy’s and St Thomas’',
  status: 'ACTIVE',
  priceVisibility: 'NAMED',
  buyer: { odsCode: 'RJ1', name: 'GUY’S AND ST THOMAS’ NHS FOUNDATION TRUST' },
  supplier: {
    id: '5f0c2a9e-3d41-4b7a-9c1e-2a6b8d4f1001',
    name: 'Meridian Health Systems Ltd',
    companiesHouseNumber: '04512345',
  },
  framework: {
    id: FRAMEWORK_ID,
    reference: 'RM6221',
    title: 'Electronic Patient Records and Clinical Systems',
    lotNumber: 1,
    lotTitle: 'Electronic patient record software',
  },
  route: null,
  startDate: '2026-04-01',
  endDate: '2029-03-31',
  maxEndDate: '2031-03-31',
  totalValue: '1834500.00',
  createdAt: new Date('2026-03-20T10:00:00Z'),
  updatedAt: new Date('2026-06-15T14:30:12.345Z'),
  lines: [
    {
      id: 'e0000000-0000-4000-8000-000000000001',
      lineReference: 'L1',
      description: 'Meridian EPR 24.2 named-user licences',
      cpv: { code: '48180000-3', label: 'Medical software package' },
      quantity: '4500.00',
      pricingUnit: 'PER_USER',
      billingPeriod: 'ANNUAL',
      netUnitPrice: '118.7500',
    },
    {
      id: 'e0000000-0000-4000-8000-000000000002',
      lineReference: 'L2',
      description: 'Implementation and data migration',
      cpv: { code: '72263000-6', label: 'Software implementation services' },
      quantity: '1.00',
      pricingUnit: 'FIXED',
      billingPeriod: 'ONE_OFF',
      netUnitPrice: '250000.0000',
    },
    {
      id: 'e0000000-0000-4000-8000-000000000003',
      lineReference: 'L3',
      description: 'Clinical safety officer',
      cpv: null,
      quantity: '40.50',
      pricingUnit: 'PER_DAY',
      billingPeriod: 'ONE_OFF',
      netUnitPrice: '725.1234',
    },
    {
      id: 'e0000000-0000-4000-8000-000000000004',
      lineReference: 'L4',
      description: 'Bedside terminals support',
      cpv: { code: '50312600-1', label: 'Maintenance and repair of information technology equipment' },
      quantity: '1200.00',
      pricingUnit: 'PER_BED',
      billingPeriod: 'MONTHLY',
      netUnitPrice: '3.2000',
    },
  ],
};

const offFramework: OcdsContract = {
  ...callOff,
  id: '7a1c2b3d-0000-4000-8000-000000000002',
  reference: 'RJ1-PACS-2025',
  title: 'Picture archiving, direct award',
  framework: null,
  route: 'DIRECT_AWARD',
  supplier: {
    id: '5f0c2a9e-3d41-4b7a-9c1e-2a6b8d4f1009',
    name: 'Imaging Partners LLP',
    companiesHouseNumber: null,
  },
};
const anonymous: OcdsContract = { ...callOff, priceVisibility: 'ANONYMOUS' };
const terminated: OcdsContract = {
  ...offFramework,
  status: 'TERMINATED',
  endDate: '2026-05-31',
  maxEndDate: null,
  updatedAt: new Date('2026-05-31T16:00:00Z'),
};
const expired: OcdsContract = {
  ...callOff,
  status: 'EXPIRED',
  startDate: '2023-01-01',
  endDate: '2025-12-31',
};

type Release = {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  parties: { id: string; name: string; identifier?: { scheme: string; id: string }; roles: string[] }[];
  buyer: { id: string; name: string };
  tender: { id: string; procurementMethod?: string; procurementMethodDetails?: string };
  awards: { id: string; suppliers: { id: string }[]; value?: unknown }[];
  contracts: {
    id: string;
    awardID: string;
    status: string;
    period: Record<string, string>;
    value?: { amount: number; currency: string };
    items: {
      id: string;
      quantity: number;
      classification?: { id: string };
      unit: { name: string; value?: unknown };
    }[];
  }[];
  relatedProcesses?: { relationship: string[]; scheme: string; identifier: string }[];
};

const release = (c: OcdsContract) => contractRelease(c) as unknown as Release;
const packageOf = (...contracts: OcdsContract[]) =>
  contractReleasePackage(contracts.map(contractRelease), {
    uri: 'https://concord.example/ocds/contracts.json?page=1',
    publishedDate: PUBLISHED,
  });

/** Every `amount` anywhere in a value, to prove none is left. */
function amounts(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(amounts);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'amount' ? [v] : amounts(v)));
}

describe('contractRelease', () => {
  it.each([
    ['a NAMED call-off', callOff],
    ['an ANONYMOUS call-off', anonymous],
    ['a TERMINATED contract', terminated],
    ['an EXPIRED contract', expired],
    ['an off-framework contract', offFramework],
  ])('exports %s as a valid OCDS 1.1.5 release package', (_label, contract) => {
    const pkg = packageOf(contract);
    expect(releasePackageErrors(pkg)).toEqual([]);
    // What goes over the wire is the JSON text: it must validate too.
    expect(releasePackageErrors(JSON.parse(JSON.stringify(pkg)))).toEqual([]);
  });

  it('gives each contract its own process, and each change its own release', () => {
    const r = release(callOff);
    expect(r.ocid).toBe(`${OCID_PREFIX}-contract-${callOff.id}`);
    expect(r.id).toBe(`${r.ocid}-20260615T143012345Z-active`);
    expect(r.date).toBe('2026-06-15T14:30:12.345Z');
    expect(r.tag).toEqual(['contract']);
    expect(release({ ...callOff, updatedAt: new Date('2026-06-16T09:00:00Z') }).id).not.toBe(r.id);
    // Expiry follows from the date, with no edit: the status alone makes a new release.
    expect(release({ ...callOff, status: 'EXPIRED' }).id).not.toBe(r.id);
    expect(release(callOff)).toEqual(r);
  });

  it('names the buyer by ODS code and the supplier by Companies House number', () => {
    const r = release(callOff);
    expect(r.parties).toEqual([
      {
        id: 'GB-NHS-RJ1',
        name: callOff.buyer.name,
        identifier: { scheme: 'GB-NHS', id: 'RJ1', legalName: callOff.buyer.name },
        roles: ['buyer'],
      },
      expect.objectContaining({
        id: 'GB-COH-04512345',
        identifier: expect.objectContaining({ scheme: 'GB-COH', id: '04512345' }),
        roles: ['supplier'],
      }),
    ]);
    expect(r.buyer).toEqual({ id: 'GB-NHS-RJ1', name: callOff.buyer.name });
    expect(r.awards[0]!.suppliers).toEqual([{ id: 'GB-COH-04512345', name: 'Meridian Health Systems Ltd' }]);
    // Without a number, the supplier's Concord id, as in the framework export.
    const supplier = release(offFramework).parties[1]!;
    expect(supplier.id).toBe(`${OCID_PREFIX}-supplier-${offFramework.supplier.id}`);
    expect(supplier.identifier).toBeUndefined();
  });

  it('links a call-off to its framework’s contracting process', () => {
    const r = release(callOff);
    expect(r.tender).toMatchObject({
      id: 'RJ1-EPR-2026',
      procurementMethod: 'selective',
      procurementMethodDetails: 'Call-off from framework RM6221 lot 1 (Electronic patient record software)',
    });
    expect(r.relatedProcesses).toEqual([
      expect.objectContaining({
        relationship: ['framework'],
        scheme: 'ocid',
        identifier: `${OCID_PREFIX}-${FRAMEWORK_ID}`,
      }),
    ]);
    expect(release({ ...callOff, route: 'DIRECT_AWARD' }).tender).toMatchObject({
      procurementMethod: 'direct',
      procurementMethodDetails: expect.stringMatching(/, direct award$/),
    });
    expect(release(offFramework).relatedProcesses).toBeUndefined();
  });

  it.each([
    ['DIRECT_AWARD', 'direct'],
    ['OPEN', 'open'],
    ['RESTRICTED', 'selective'],
    ['COMPETITIVE_FLEXIBLE', 'selective'],
    ['FURTHER_COMPETITION', 'selective'],
    ['OTHER', undefined],
  ] as const)('maps the %s route to the %s method', (route, method) => {
    const { tender } = release({ ...offFramework, route });
    expect(tender.procurementMethod).toBe(method);
    expect(tender.procurementMethodDetails).toBeTruthy();
    expect(releasePackageErrors(packageOf({ ...offFramework, route }))).toEqual([]);
  });

  it('publishes the contract with its period, value and lines as items', () => {
    const [contract] = release(callOff).contracts;
    expect(contract).toMatchObject({
      id: callOff.id,
      awardID: callOff.id,
      status: 'active',
      period: {
        startDate: '2026-04-01T00:00:00+01:00',
        endDate: '2029-03-31T23:59:59+01:00',
        maxExtentDate: '2031-03-31T23:59:59+01:00',
      },
      value: { amount: 1834500, currency: 'GBP' },
    });
    expect(contract!.items).toEqual([
      {
        id: 'L1',
        description: 'Meridian EPR 24.2 named-user licences',
        classification: { scheme: 'CPV', id: '48180000-3', description: 'Medical software package' },
        quantity: 4500,
        unit: { name: 'Per user per year', value: { amount: 118.75, currency: 'GBP' } },
      },
      expect.objectContaining({
        id: 'L2',
        unit: { name: 'Fixed charge, one-off', value: { amount: 250000, currency: 'GBP' } },
      }),
      {
        id: 'L3',
        description: 'Clinical safety officer',
        quantity: 40.5,
        unit: {
          name: 'Per day, one-off',
          scheme: 'UNCEFACT',
          id: 'DAY',
          value: { amount: 725.1234, currency: 'GBP' },
        },
      },
      expect.objectContaining({ id: 'L4', unit: expect.objectContaining({ name: 'Per bed per month' }) }),
    ]);
  });

  it('publishes no price of an ANONYMOUS contract, but keeps what was bought', () => {
    const r = release(anonymous);
    expect(amounts(r)).toEqual([]);
    expect(r.awards[0]!.value).toBeUndefined();
    expect(r.contracts[0]!.value).toBeUndefined();
    for (const item of r.contracts[0]!.items) {
      expect(item.unit.value).toBeUndefined();
      expect(item.unit.name).toBeTruthy();
      expect(item.quantity).toBeGreaterThan(0);
    }
    expect(amounts(release(callOff)).length).toBeGreaterThan(0);
  });

  it('marks a terminated contract, and one that ran its course, as terminated', () => {
    const r = release(terminated);
    expect(r.tag).toEqual(['contract', 'contractTermination']);
    expect(r.contracts[0]).toMatchObject({
      status: 'terminated',
      period: { endDate: '2026-05-31T23:59:59+01:00' },
    });
    expect(r.contracts[0]!.period['maxExtentDate']).toBeUndefined();
    expect(release(expired).contracts[0]!.status).toBe('terminated');
    expect(release(expired).tag).toEqual(['contract']);
  });

  it('leaves out the items of a contract without lines, and refuses malformed figures', () => {
    const empty = release({ ...callOff, lines: [] });
    expect(empty.contracts[0]).not.toHaveProperty('items');
    expect(releasePackageErrors(packageOf({ ...callOff, lines: [] }))).toEqual([]);
    const line = callOff.lines[0]!;
    expect(() => contractRelease({ ...callOff, lines: [{ ...line, netUnitPrice: '1,000.00' }] })).toThrow();
    expect(() => contractRelease({ ...callOff, totalValue: '1234567890123456.00' })).toThrow();
    expect(() => contractRelease({ ...callOff, endDate: '31/03/2029' })).toThrow();
  });
});

describe('contractReleasePackage', () => {
  it('fills the package metadata as the framework export does', () => {
    const pkg = packageOf(callOff, offFramework);
    expect(pkg).toMatchObject({
      uri: 'https://concord.example/ocds/contracts.json?page=1',
      version: '1.1',
      publishedDate: '2026-07-01T08:00:00.000Z',
      publisher: { name: 'Concord', uri: 'https://concord.example' },
      license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    });
    expect(pkg['releases']).toHaveLength(2);
    expect(pkg).not.toHaveProperty('links');
  });

  it('links to the next page with the pagination extension', () => {
    const pkg = contractReleasePackage([contractRelease(callOff)], {
      uri: 'https://concord.example/ocds/contracts.json?page=1',
      publishedDate: PUBLISHED,
      nextUri: 'https://concord.example/ocds/contracts.json?page=2',
    });
    expect(pkg['links']).toEqual({ next: 'https://concord.example/ocds/contracts.json?page=2' });
    expect(pkg['extensions']).toEqual([
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json',
    ]);
    expect(releasePackageErrors(pkg)).toEqual([]);
  });

  it('refuses an empty package and a relative URI', () => {
    expect(() =>
      contractReleasePackage([], { uri: 'https://concord.example/x.json', publishedDate: PUBLISHED }),
    ).toThrow();
    expect(() =>
      contractReleasePackage([contractRelease(callOff)], { uri: '/x.json', publishedDate: PUBLISHED }),
    ).toThrow();
  });
});

describe('export then import', () => {
  it('gives back the same lines and prices', () => {
    const { problems, drafts, warnings } = readReleasePackage(JSON.parse(JSON.stringify(packageOf(callOff))));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(drafts).toHaveLength(1);
    const draft = drafts[0]!;
    expect(draft).toMatchObject({
      ocid: `${OCID_PREFIX}-contract-${callOff.id}`,
      contractId: callOff.id,
      title: callOff.title,
      buyer: { odsCode: 'RJ1', name: callOff.buyer.name },
      supplier: { companiesHouseNumber: '04512345', name: callOff.supplier.name },
      startDate: callOff.startDate,
      endDate: callOff.endDate,
      maxEndDate: callOff.maxEndDate,
      totalValue: callOff.totalValue,
    });
    expect(
      draft.lines.map((l) => [
        l.itemId,
        l.description,
        l.cpvCode,
        Number(l.quantity),
        l.unitPrice,
        l.pricingUnitGuess,
        l.billingPeriodGuess,
      ]),
    ).toEqual(
      callOff.lines.map((l) => [
        l.lineReference,
        l.description,
        l.cpv?.code.slice(0, 8) ?? null,
        Number(l.quantity),
        l.netUnitPrice,
        l.pricingUnit,
        l.billingPeriod,
      ]),
    );
  });

  it('gives back every pricing unit and billing period', () => {
    const units = [
      'PER_USER',
      'PER_BED',
      'PER_SITE',
      'PER_REGISTERED_PATIENT',
      'PER_LICENCE',
      'PER_TRANSACTION',
      'PER_DEVICE',
      'PER_DAY',
      'FIXED',
    ] as const;
    const periods = ['ONE_OFF', 'MONTHLY', 'ANNUAL'] as const;
    const lines = units.flatMap((pricingUnit, i) =>
      periods.map((billingPeriod, j) => ({
        ...callOff.lines[0]!,
        lineReference: `L${i}-${j}`,
        pricingUnit,
        billingPeriod,
      })),
    );
    const { drafts, warnings } = readReleasePackage(packageOf({ ...callOff, lines }));
    expect(warnings).toEqual([]);
    expect(drafts[0]!.lines.map((l) => [l.pricingUnitGuess, l.billingPeriodGuess])).toEqual(
      lines.map((l) => [l.pricingUnit, l.billingPeriod]),
    );
  });
});
