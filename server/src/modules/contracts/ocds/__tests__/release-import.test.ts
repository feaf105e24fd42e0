import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverRoot } from '../../../../core/paths.js';
import { readReleasePackage } from '../release-import.js';

type Package = { releases: Release[]; records: Record<string, unknown>[] } & Record<string, unknown>;
type Release = Record<string, unknown> & { contracts?: Contract[] };
type Contract = Record<string, unknown> & { items: Item[] };
type Item = Record<string, unknown> & { unit: Record<string, unknown> };

const OCID = 'ocds-213czf-000-00001';
const sample = (name: string) =>
  JSON.parse(
    readFileSync(path.join(serverRoot, 'test/fixtures/ocds-sample', `${OCID}${name}.json`), 'utf8'),
  ) as Package;
const STAGES = [
  '-01-planning',
  '-02-tender',
  '-03-tenderAmendment',
  '-04-award',
  '-05-contract',
  '-06-implementation',
];

/** The contract release (05), with its one contract's one item changed. */
function withItem(change: (item: Item) => Record<string, unknown>): Package {
  const pkg = sample('-05-contract');
  const contract = pkg.releases[0]!.contracts![0]!;
  contract.items = [change(contract.items[0]!) as Item];
  return pkg;
}
const lineOf = (pkg: unknown) => {
  const { drafts, warnings } = readReleasePackage(pkg);
  return { line: drafts[0]?.lines[0], lines: drafts[0]?.lines, warnings: warnings.map((w) => w.message) };
};

/** What the sample's contracting process says of its one contract, whichever way it is read. */
const cycleLanes = {
  ocid: OCID,
  contractId: `${OCID}-contract-01`,
  reference: `${OCID}-contract-01`,
  title: 'Contract to build new cycle lanes in the centre of town.',
  buyer: { odsCode: null, name: 'London Borough of Barnet' },
  supplier: { companiesHouseNumber: '11111111', name: 'AnyCorp Cycle Provision' },
  startDate: '2010-07-01',
  endDate: '2011-06-30',
  maxEndDate: '2011-12-31',
  totalValue: '11000000.00',
  lines: [
    {
      itemId: '1.0',
      description: 'Cycle lane improvements',
      cpvCode: '45233130',
      quantity: '8',
      unitName: 'Miles',
      unitPrice: '137000.0000',
      pricingUnitGuess: 'PER_LICENCE',
      billingPeriodGuess: 'ONE_OFF',
    },
  ],
};
const milesWarning = {
  ocid: OCID,
  message: expect.stringMatching(/the unit "Miles" was not recognised.*check it/),
};

describe('readReleasePackage', () => {
  it('reads the contract release package into one draft', () => {
    const result = readReleasePackage(sample('-05-contract'));
    expect(result).toEqual({
      problems: [],
      drafts: [{ ...cycleLanes, releaseId: `${OCID}-05-contract`, description: expect.any(String) }],
      warnings: [milesWarning],
    });
  });

  it('reads the record package from its compiled release', () => {
    const result = readReleasePackage(sample(''));
    expect(result.problems).toEqual([]);
    expect(result.drafts).toEqual([
      expect.objectContaining({ ...cycleLanes, releaseId: `${OCID}-2011-01-10T09:30:00Z` }),
    ]);
    expect(result.warnings).toEqual([milesWarning]);
  });

  it('reads a record without a compiled release from its embedded releases', () => {
    const pkg = sample('');
    const embedded = STAGES.map((stage) => sample(stage).releases[0]!);
    const { compiledRelease: _compiled, ...record } = pkg.records[0]!;
    const result = readReleasePackage({ ...pkg, records: [{ ...record, releases: embedded }] });
    expect(result.problems).toEqual([]);
    expect(result.drafts).toEqual([
      expect.objectContaining({ ...cycleLanes, releaseId: `${OCID}-06-implementation` }),
    ]);

    const linkedOnly = readReleasePackage({ ...pkg, records: [record] });
    expect(linkedOnly.drafts).toEqual([]);
    expect(linkedOnly.problems[0]!.message).toMatch(/^This package has no contracts/);
    expect(linkedOnly.warnings).toEqual([
      { ocid: OCID, message: expect.stringMatching(/only links to its releases/) },
    ]);
  });

  it('merges the releases of one process (01–06, in any order) into one draft', () => {
    const packages = STAGES.map(sample);
    const releases = packages.flatMap((p) => p.releases).reverse();
    const result = readReleasePackage({ ...packages[0], releases });
    expect(result.problems).toEqual([]);
    expect(result.drafts).toEqual([
      expect.objectContaining({ ...cycleLanes, releaseId: `${OCID}-06-implementation` }),
    ]);
    expect(result.warnings).toEqual([milesWarning]);
  });

  it('lets a later release override an earlier one, field by field and item by item', () => {
    const contract = sample('-05-contract');
    const update = structuredClone(contract.releases[0]!);
    update['id'] = `${OCID}-07-contractAmendment`;
    update['date'] = '2011-02-01T09:00:00Z';
    update['tag'] = ['contractAmendment'];
    update['parties'] = [{ id: 'GB-COH-11111111', name: 'AnyCorp Cycles' }];
    const amended = update.contracts![0]!;
    amended['title'] = null;
    amended.items = [{ id: '1.0', quantity: 9 } as unknown as Item];
    const { drafts } = readReleasePackage({ ...contract, releases: [update, contract.releases[0]] });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      releaseId: `${OCID}-07-contractAmendment`,
      // null removes the title: the award's title stands in.
      title: 'Award of contract to build new cycle lanes in the centre of town.',
      supplier: { companiesHouseNumber: '11111111', name: 'AnyCorp Cycles' },
      lines: [expect.objectContaining({ quantity: '9', unitPrice: '137000.0000', unitName: 'Miles' })],
    });
  });

  it('makes one draft per contract and per process', () => {
    const pkg = sample('-05-contract');
    const first = pkg.releases[0]!;
    const second = structuredClone(first);
    second['ocid'] = 'ocds-213czf-000-00002';
    second.contracts!.push({ ...second.contracts![0]!, id: 'second-contract' });
    const { drafts } = readReleasePackage({ ...pkg, releases: [first, second] });
    expect(drafts.map((d) => [d.ocid, d.contractId])).toEqual([
      [OCID, `${OCID}-contract-01`],
      ['ocds-213czf-000-00002', `${OCID}-contract-01`],
      ['ocds-213czf-000-00002', 'second-contract'],
    ]);
  });

  it('reports a package without any contract as a problem', () => {
    const packages = STAGES.slice(0, 4).map(sample);
    const result = readReleasePackage({ ...packages[0], releases: packages.flatMap((p) => p.releases) });
    expect(result).toEqual({
      problems: [
        {
          path: '/',
          message: expect.stringMatching(
            /^This package has no contracts: it holds 4 releases \(tagged planning, tender, tenderAmendment, award\)/,
          ),
        },
      ],
      drafts: [],
      warnings: [],
    });
  });

  it.each([
    ['an empty object', {}],
    [
      'a release without an id',
      (() => {
        const pkg = sample('-05-contract');
        delete pkg.releases[0]!['id'];
        return pkg;
      })(),
    ],
    [
      'a release with a bad date',
      (() => {
        const pkg = sample('-05-contract');
        pkg.releases[0]!['date'] = '10/05/2010';
        return pkg;
      })(),
    ],
    ['a record package without records', { ...sample(''), records: [] }],
  ])('gives problems and no draft for %s', (_label, pkg) => {
    const result = readReleasePackage(pkg);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.drafts).toEqual([]);
    for (const p of result.problems) expect(p.message).toMatch(/\w/);
  });

  it('says which release and field is wrong', () => {
    const pkg = sample('-05-contract');
    delete pkg.releases[0]!['id'];
    expect(readReleasePackage(pkg).problems).toEqual([
      { path: '/releases/0', message: "must have required property 'id'" },
    ]);
  });

  it.each([
    ['a string', 'releases'],
    ['null', null],
    ['a number', 42],
    ['an array of releases', sample('-05-contract').releases],
    ['undefined', undefined],
  ])('says %s is not an OCDS package', (_label, json) => {
    expect(readReleasePackage(json)).toEqual({
      problems: [{ path: '/', message: expect.stringMatching(/^This is not an OCDS package/) }],
      drafts: [],
      warnings: [],
    });
  });

  it('never throws, whatever the package holds', () => {
    const pkg = sample('-05-contract');
    const release = pkg.releases[0]!;
    const odd: unknown[] = [
      { ...release, parties: [], buyer: undefined, awards: [] },
      {
        ...release,
        awards: [{ id: 'other' }],
        contracts: [{ id: 1, awardID: 'missing', items: [{ id: 1, unit: {} }] }],
      },
      {
        ...release,
        contracts: [{ id: 'c', awardID: 'x', period: {}, value: { amount: null, currency: null } }],
      },
      {
        ...release,
        contracts: [
          {
            id: 'c',
            awardID: 'x',
            items: [{ id: 'i', unit: { value: { amount: 1e300, currency: 'GBP' } } }],
          },
        ],
      },
    ];
    for (const r of odd) expect(() => readReleasePackage({ ...pkg, releases: [r] })).not.toThrow();
    const { drafts, warnings } = readReleasePackage({ ...pkg, releases: [odd[1]] });
    expect(drafts[0]).toMatchObject({
      contractId: '1',
      buyer: { name: 'London Borough of Barnet' },
      lines: [],
    });
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Item "1" has no unit price/)]);
  });
});

describe('reading items', () => {
  it('leaves out an item without a unit price, with a warning', () => {
    const { lines, warnings } = lineOf(withItem((item) => ({ ...item, unit: { name: 'Miles' } })));
    expect(lines).toEqual([]);
    expect(warnings).toEqual(['Item "1.0" (Cycle lane improvements) has no unit price, so it was left out.']);
  });

  it('leaves out a price in another currency, and a total too', () => {
    const pkg = withItem((item) => ({
      ...item,
      unit: { ...item.unit, value: { amount: 150000, currency: 'EUR' } },
    }));
    pkg.releases[0]!.contracts![0]!['value'] = { amount: 1, currency: 'EUR' };
    const { drafts, warnings } = readReleasePackage(pkg);
    expect(drafts[0]).toMatchObject({ totalValue: null, lines: [] });
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/the total value is in EUR, not GBP, so it was left out/),
      expect.stringMatching(/^Item "1.0" .* was left out: its unit price is in EUR, not GBP/),
    ]);
  });

  it('leaves out an item with a negative quantity; the schema refuses one given as text', () => {
    const { lines, warnings } = lineOf(withItem((item) => ({ ...item, quantity: -1 })));
    expect(lines).toEqual([]);
    expect(warnings).toEqual([
      'Item "1.0" (Cycle lane improvements) was left out: its quantity, -1, is not a number of 0 or more.',
    ]);
    expect(readReleasePackage(withItem((item) => ({ ...item, quantity: '8' }))).problems).toEqual([
      { path: '/releases/0/contracts/0/items/0/quantity', message: 'must be number or null' },
    ]);
  });

  it('leaves out a unit price larger than Concord holds', () => {
    const { lines, warnings } = lineOf(
      withItem((item) => ({
        ...item,
        unit: { name: 'Site', value: { amount: 12345678901, currency: 'GBP' } },
      })),
    );
    expect(lines).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/its unit price \(12345678901\) is larger than Concord holds/),
    ]);
  });

  it('keeps an item without a quantity, for a person to fill in', () => {
    const { line } = lineOf(withItem(({ quantity: _q, ...item }) => item));
    expect(line).toMatchObject({ quantity: null, unitPrice: '137000.0000' });
  });

  it.each([
    [137000, '137000.0000', false],
    [0.1, '0.1000', false],
    [12.34565, '12.3457', true],
    [99.99994, '99.9999', true],
    [0, '0.0000', false],
  ])('reads the unit price %s as "%s"', (amount, unitPrice, rounded) => {
    const { line, warnings } = lineOf(
      withItem((item) => ({ ...item, unit: { name: 'Per user', value: { amount, currency: 'GBP' } } })),
    );
    expect(line?.unitPrice).toBe(unitPrice);
    expect(warnings.some((w) => w.includes('rounded'))).toBe(rounded);
  });

  it.each([
    ['Per user per year', null, 'PER_USER', 'ANNUAL'],
    ['Named users, annual subscription', null, 'PER_USER', 'ANNUAL'],
    ['Licence', null, 'PER_LICENCE', 'ONE_OFF'],
    ['Per license per month', null, 'PER_LICENCE', 'MONTHLY'],
    ['Beds', null, 'PER_BED', 'ONE_OFF'],
    ['Per site per annum', null, 'PER_SITE', 'ANNUAL'],
    ['Per registered patient per year', null, 'PER_REGISTERED_PATIENT', 'ANNUAL'],
    ['Laptop', null, 'PER_DEVICE', 'ONE_OFF'],
    ['Device, monthly', null, 'PER_DEVICE', 'MONTHLY'],
    ['Day', 'DAY', 'PER_DAY', 'ONE_OFF'],
    [null, 'DAY', 'PER_DAY', 'ONE_OFF'],
    ['Transactions', null, 'PER_TRANSACTION', 'ONE_OFF'],
    ['Fixed charge per month', null, 'FIXED', 'MONTHLY'],
    ['Subscription', 'ANN', 'PER_LICENCE', 'ANNUAL'],
  ])('guesses the unit "%s" (%s) is %s, %s', (name, id, pricingUnit, billingPeriod) => {
    const { line, warnings } = lineOf(
      withItem((item) => ({ ...item, unit: { name, id, value: { amount: 10, currency: 'GBP' } } })),
    );
    expect(line).toMatchObject({
      unitName: name,
      pricingUnitGuess: pricingUnit,
      billingPeriodGuess: billingPeriod,
    });
    expect(warnings.some((w) => w.includes('was not recognised'))).toBe(id === 'ANN');
  });

  it.each([
    ['45233130.0', '45233130'],
    ['45233130-3', '45233130'],
    ['3000000.0', '03000000'],
    [48180000, '48180000'],
    ['not a code', null],
  ])('reads the CPV code %s as %s', (id, cpvCode) => {
    const { line } = lineOf(withItem((item) => ({ ...item, classification: { scheme: 'CPV', id } })));
    expect(line?.cpvCode).toBe(cpvCode);
  });

  it('finds a CPV code among additional classifications', () => {
    const { line } = lineOf(
      withItem((item) => ({
        ...item,
        classification: { scheme: 'UNSPSC', id: '43232610' },
        additionalClassifications: [{ scheme: 'CPV', id: '48180000-3' }],
      })),
    );
    expect(line?.cpvCode).toBe('48180000');
  });
});

describe('reading parties and dates', () => {
  /** The contract release (05) with its parties changed. */
  function withParty(id: string, change: Record<string, unknown>): Package {
    const pkg = sample('-05-contract');
    const parties = pkg.releases[0]!['parties'] as Record<string, unknown>[];
    pkg.releases[0]!['parties'] = parties.map((p) => (p['id'] === id ? { ...p, ...change } : p));
    return pkg;
  }

  it('takes the ODS code from a GB-NHS identifier of the buyer', () => {
    const pkg = withParty('GB-LAC-E09000003', { additionalIdentifiers: [{ scheme: 'GB-NHS', id: 'rj1' }] });
    expect(readReleasePackage(pkg).drafts[0]!.buyer).toEqual({
      odsCode: 'RJ1',
      name: 'London Borough of Barnet',
    });
  });

  it.each([
    ['11111111.0', '11111111'],
    ['9506232.0', '09506232'],
    ['sc612345', 'SC612345'],
    ['SC 1234', 'SC001234'],
    ['123456789', null],
  ])('reads the Companies House number %s as %s', (id, number) => {
    const pkg = withParty('GB-COH-11111111', { identifier: { scheme: 'GB-COH', id } });
    const { drafts, warnings } = readReleasePackage(pkg);
    expect(drafts[0]!.supplier.companiesHouseNumber).toBe(number);
    expect(warnings.some((w) => w.message.includes('Companies House number'))).toBe(number === null);
  });

  it('reads each date as the day in England', () => {
    const pkg = sample('-05-contract');
    pkg.releases[0]!.contracts![0]!['period'] = {
      startDate: '2026-03-31T23:00:00Z', // midnight in summer time, written in UTC
      endDate: '2027-03-31T23:59:59+01:00',
      maxExtentDate: '2027-06-30T23:59:00Z', // the end of a day, written in UTC
    };
    expect(readReleasePackage(pkg).drafts[0]).toMatchObject({
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      maxEndDate: '2027-06-30',
    });
  });
});
