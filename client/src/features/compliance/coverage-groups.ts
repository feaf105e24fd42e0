import type { CoverageLevel } from '../../gql/graphql';

// Coverage arrives as one flat list (each standard nationally, by region and by ICB); the page shows
// it standard by standard.

/** The parts of a coverage figure the grouping reads. */
export type CoverageLike = {
  level: CoverageLevel;
  code: string | null;
  name: string;
  standardCode: string;
  percentCompliant: number | null;
};

export type CoverageGroup<T extends CoverageLike> = {
  standard: { code: string; name: string };
  /** The trusts chosen together ("England"); null when the server sent none. */
  national: T | null;
  /** By NHS region, by name. */
  regions: T[];
  /** By integrated care board, by name. */
  icbs: T[];
};

const byName = <T extends CoverageLike>(a: T, b: T) => a.name.localeCompare(b.name, 'en-GB');

/**
 * One group a standard, in the columns' order (standards the server has no figures for are left
 * out), each with its national figure and its regions and ICBs by name.
 */
export function groupCoverage<T extends CoverageLike>(
  rows: readonly T[],
  standards: readonly { code: string; name: string }[],
): CoverageGroup<T>[] {
  return standards.flatMap((standard) => {
    const mine = rows.filter((row) => row.standardCode === standard.code);
    if (mine.length === 0) return [];
    return [
      {
        standard: { code: standard.code, name: standard.name },
        national: mine.find((row) => row.level === 'NATIONAL') ?? null,
        regions: mine.filter((row) => row.level === 'REGION').sort(byName),
        icbs: mine.filter((row) => row.level === 'ICB').sort(byName),
      },
    ];
  });
}

/** "64.4%"; "Not applicable" when the standard applies to none of the trusts. */
export function percentText(percent: number | null): string {
  if (percent === null) return 'Not applicable';
  return `${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

/**
 * The bars of a group's chart: by region, unless the trusts chosen are in one region, then by ICB;
 * highest first, areas it applies to none of left out.
 */
export function coverageBars<T extends CoverageLike>(group: CoverageGroup<T>): T[] {
  const areas = group.regions.length > 1 ? group.regions : group.icbs;
  return areas
    .filter((area) => area.percentCompliant !== null)
    .sort((a, b) => (b.percentCompliant ?? 0) - (a.percentCompliant ?? 0) || byName(a, b));
}
