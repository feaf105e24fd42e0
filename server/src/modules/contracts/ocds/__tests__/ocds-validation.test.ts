import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverRoot } from '../../../../core/paths.js';
import { MAX_PROBLEMS, recordPackageErrors, releasePackageErrors } from '../ocds-validation.js';

const sample = (file: string) =>
  JSON.parse(readFileSync(path.join(serverRoot, 'test/fixtures/ocds-sample', file), 'utf8')) as {
    releases: Record<string, unknown>[];
    records: Record<string, unknown>[];
  };
const contractPackage = () => sample('ocds-213czf-000-00001-05-contract.json');

describe('releasePackageErrors', () => {
  it('finds nothing wrong with a valid package', () => {
    expect(releasePackageErrors(contractPackage())).toEqual([]);
  });

  it('says where each problem is and what is wrong', () => {
    const pkg = contractPackage();
    const { id: _id, ...release } = pkg.releases[0]!;
    expect(releasePackageErrors({ ...pkg, releases: [{ ...release, date: '10/05/2010' }] })).toEqual([
      { path: '/releases/0', message: "must have required property 'id'" },
      { path: '/releases/0/date', message: 'must match format "date-time"' },
    ]);
  });

  it.each([
    [
      'a short closed codelist is listed',
      { tag: ['signed'] },
      '/releases/0/tag/0',
      /^must be one of: planning, /,
    ],
    [
      'a long one is named',
      { contracts: [{ id: '1', awardID: '1', value: { amount: 1, currency: 'POUNDS' } }] },
      '/releases/0/contracts/0/value/currency',
      /^must be a code from the OCDS currency codelist$/,
    ],
    [
      'a type is said in words',
      { contracts: [{ id: '1', awardID: '1', value: { amount: '1', currency: 'GBP' } }] },
      '/releases/0/contracts/0/value/amount',
      /^must be number or null$/,
    ],
  ])('words codes and types for people: %s', (_label, change, where, message) => {
    const pkg = contractPackage();
    const errors = releasePackageErrors({ ...pkg, releases: [{ ...pkg.releases[0], ...change }] });
    expect(errors).toContainEqual({ path: where, message: expect.stringMatching(message) });
  });

  it('names the whole package as "/"', () => {
    expect(releasePackageErrors('releases')).toEqual([{ path: '/', message: 'must be object' }]);
    expect(releasePackageErrors({})).toContainEqual({
      path: '/',
      message: "must have required property 'uri'",
    });
  });

  it(`stops at ${MAX_PROBLEMS} problems`, () => {
    const pkg = contractPackage();
    const releases = Array.from({ length: 30 }, (_, i) => ({
      ...pkg.releases[0],
      id: `r${i}`,
      date: 'soon',
    }));
    expect(releasePackageErrors({ ...pkg, releases })).toHaveLength(MAX_PROBLEMS);
  });
});

describe('recordPackageErrors', () => {
  it('finds nothing wrong with the sample record package', () => {
    expect(recordPackageErrors(sample('ocds-213czf-000-00001.json'))).toEqual([]);
  });

  it('checks compiled and embedded releases against the release schema', () => {
    const pkg = sample('ocds-213czf-000-00001.json');
    const record = pkg.records[0]!;
    const compiled = record['compiledRelease'] as Record<string, unknown>;
    const embedded = { ...sample('ocds-213czf-000-00001-05-contract.json').releases[0], tag: ['signed'] };
    const broken = { ...record, compiledRelease: { ...compiled, date: 'yesterday' }, releases: [embedded] };
    expect(recordPackageErrors({ ...pkg, records: [broken] })).toEqual([
      { path: '/records/0/compiledRelease/date', message: 'must match format "date-time"' },
      { path: '/records/0/releases/0/tag/0', message: expect.stringMatching(/^must be one of: /) },
    ]);
    expect(recordPackageErrors({ ...pkg, records: [{ releases: [] }] })).toEqual([
      { path: '/records/0', message: "must have required property 'ocid'" },
      { path: '/records/0/releases', message: 'must NOT have fewer than 1 items' },
    ]);
  });
});
