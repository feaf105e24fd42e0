import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  hasActiveFilters,
  parseDirectoryParams,
  toQueryVariables,
  toSearchParams,
  type DirectoryFilters,
} from './directory-params';

// The search, the sort, the page, form reading and page links are tested once, in shared/list.

const parse = (search: string) => parseDirectoryParams(new URLSearchParams(search));

describe('parseDirectoryParams', () => {
  it('reads an empty address as the whole directory, by name', () => {
    expect(parse('').filters).toEqual(defaultFilters);
    expect(defaultFilters.sort).toBe('name');
  });

  it('reads every filter, in any case, once each, in a fixed order', () => {
    const view = parse('kind=ICB&kind=Trust&kind=icb&type=Mental-Health&region=y56&icb=QMF&closed=include');
    expect(view.problems).toEqual([]);
    expect(view.filters).toEqual({
      ...defaultFilters,
      kinds: ['TRUST', 'ICB'],
      trustTypes: ['MENTAL_HEALTH'],
      regionCode: 'Y56',
      icbCode: 'QMF',
      includeClosed: true,
    });
  });

  it('names every value it cannot use instead of silently dropping it', () => {
    expect(parse('kind=hospital&type=big&closed=yes&sort=size').problems).toEqual([
      '“hospital” is not a kind of organisation. Use trust, icb, central-body.',
      '“big” is not a type of trust. Use acute, ambulance, community, mental-health, specialist, not-established.',
      '“yes” is not a choice for closed organisations. Use include.',
      '“size” is not a sort order. Use name, name-desc, code.',
    ]);
  });
});

describe('toQueryVariables', () => {
  it('maps every filter and the sort to the GraphQL filter and order', () => {
    const view = parse('q=royal&kind=trust&type=acute&region=Y56&icb=QMF&closed=include&sort=code');
    expect(toQueryVariables(view)).toEqual({
      filter: {
        search: 'royal',
        kinds: ['TRUST'],
        trustTypes: ['ACUTE'],
        regionCodes: ['Y56'],
        icbCodes: ['QMF'],
        includeClosed: true,
      },
      orderBy: { field: 'ODS_CODE', direction: 'ASC' },
      first: 25,
    });
    expect(toQueryVariables(parse('sort=name-desc')).orderBy).toEqual({ field: 'NAME', direction: 'DESC' });
  });
});

describe('toSearchParams', () => {
  it('round-trips every filter through the address', () => {
    const filters: DirectoryFilters = {
      search: 'royal free',
      kinds: ['TRUST', 'ICB'],
      trustTypes: ['NOT_ESTABLISHED'],
      regionCode: 'Y56',
      icbCode: 'QMF',
      includeClosed: true,
      sort: 'code',
    };
    const params = toSearchParams(filters);
    expect(params.toString()).toBe(
      'q=royal+free&kind=trust&kind=icb&type=not-established&region=Y56&icb=QMF&closed=include&sort=code',
    );
    expect(parseDirectoryParams(params)).toMatchObject({ filters, problems: [] });
  });

  it('opens the filter panel for closed organisations', () => {
    expect(hasActiveFilters({ ...defaultFilters, includeClosed: true })).toBe(true);
  });
});
