import { describe, expect, it } from 'vitest';
import type { CoverageLevel } from '../../gql/graphql';
import { coverageBars, groupCoverage, percentText, type CoverageLike } from './coverage-groups';

const figure = (
  level: CoverageLevel,
  code: string | null,
  name: string,
  standardCode: string,
  percentCompliant: number | null,
): CoverageLike => ({ level, code, name, standardCode, percentCompliant });

const rows = [
  figure('NATIONAL', null, 'England', 'DSPT', 55.9),
  figure('REGION', 'Y61', 'East of England', 'DSPT', 60),
  figure('REGION', 'Y56', 'London', 'DSPT', 70.5),
  figure('ICB', 'QMF', 'NHS North East London Integrated Care Board', 'DSPT', 80),
  figure('ICB', 'QMJ', 'NHS North Central London Integrated Care Board', 'DSPT', null),
  figure('NATIONAL', null, 'England', 'GS1', 14.1),
  figure('REGION', 'Y56', 'London', 'GS1', 20),
  figure('ICB', 'QMF', 'NHS North East London Integrated Care Board', 'GS1', 20),
];

const standards = [
  { code: 'GS1', name: 'GS1 identification standards' },
  { code: 'DSPT', name: 'Data Security and Protection Toolkit' },
  { code: 'CE', name: 'Cyber Essentials' },
];

describe('groupCoverage', () => {
  it('gives one group a standard, in the columns’ order, areas by name', () => {
    const groups = groupCoverage(rows, standards);
    expect(groups.map((group) => group.standard.code)).toEqual(['GS1', 'DSPT']);
    const dspt = groups[1]!;
    expect(dspt.national?.percentCompliant).toBe(55.9);
    expect(dspt.regions.map((region) => region.name)).toEqual(['East of England', 'London']);
    expect(dspt.icbs.map((icb) => icb.code)).toEqual(['QMJ', 'QMF']);
  });

  it('leaves out standards with no figures', () => {
    expect(groupCoverage([], standards)).toEqual([]);
  });
});

describe('coverageBars', () => {
  it('charts regions, highest first', () => {
    const [, dspt] = groupCoverage(rows, standards);
    expect(coverageBars(dspt!).map((bar) => bar.name)).toEqual(['London', 'East of England']);
  });

  it('charts ICBs when the trusts are in one region, leaving out those it applies to none of', () => {
    const london = groupCoverage(
      rows.filter((row) => row.level !== 'REGION' || row.code === 'Y56'),
      standards,
    );
    expect(coverageBars(london[1]!).map((bar) => bar.code)).toEqual(['QMF']);
  });
});

describe('percentText', () => {
  it.each([
    [64.4, '64.4%'],
    [48, '48%'],
    [0, '0%'],
    [null, 'Not applicable'],
  ])('reads %s as %s', (value, text) => {
    expect(percentText(value)).toBe(text);
  });
});
