import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  hasActiveFilters,
  parseCatalogueParams,
  shownStatuses,
  toQueryVariables,
  toSearchParams,
  type CatalogueFilters,
} from './catalogue-params';

// The search, the sort, the page, form reading and page links are tested once, in shared/list.

const parse = (search: string) => parseCatalogueParams(new URLSearchParams(search));

describe('parseCatalogueParams', () => {
  it('reads an empty address as published frameworks by title', () => {
    expect(parse('').filters).toEqual(defaultFilters);
    expect(defaultFilters.sort).toBe('title');
    expect(shownStatuses(defaultFilters)).toEqual(['PUBLISHED']);
  });

  it('reads every filter', () => {
    const view = parse('category=pacs-ris&category=EPR&status=withdrawn&status=expired&owner=x24');
    expect(view.problems).toEqual([]);
    expect(view.filters).toEqual({
      ...defaultFilters,
      categories: ['EPR', 'PACS_RIS'],
      statuses: ['EXPIRED', 'WITHDRAWN'],
      ownerOdsCode: 'X24',
    });
  });

  it('treats “published” alone as the default', () => {
    expect(parse('status=published').filters.statuses).toEqual([]);
    expect(parse('status=published&status=draft').filters.statuses).toEqual(['PUBLISHED', 'DRAFT']);
  });

  it('names every value it cannot use instead of silently dropping it', () => {
    expect(parse('category=robots&status=live&sort=price').problems).toEqual([
      '“robots” is not a product category. Use epr, pas, epma, pacs-ris, lims, patient-flow, patient-engagement, digital-dictation, integration, cyber-security, cloud, infrastructure, end-user-devices, professional-services, other.',
      '“live” is not a framework status. Use published, expired, withdrawn, draft.',
      '“price” is not a sort order. Use title, reference, start-desc, start, end, end-desc.',
    ]);
  });
});

describe('toQueryVariables', () => {
  it('maps every filter and the sort to the GraphQL filter and order', () => {
    expect(
      toQueryVariables(parse('q=cloud&category=cloud&status=expired&owner=CC-CCS&sort=start-desc')),
    ).toEqual({
      filter: { search: 'cloud', categories: ['CLOUD'], statuses: ['EXPIRED'], ownerOdsCodes: ['CC-CCS'] },
      orderBy: { field: 'START_DATE', direction: 'DESC' },
      first: 25,
    });
    expect(toQueryVariables(parse('sort=reference')).orderBy).toEqual({
      field: 'REFERENCE',
      direction: 'ASC',
    });
  });
});

describe('the address', () => {
  it('leaves the default status out, so the plain catalogue is just /frameworks', () => {
    expect(toSearchParams({ ...defaultFilters, statuses: ['PUBLISHED'] }).toString()).toBe('');
  });

  it('round-trips every filter', () => {
    const filters: CatalogueFilters = {
      search: 'patient records',
      categories: ['EPR', 'LIMS'],
      statuses: ['PUBLISHED', 'DRAFT'],
      ownerOdsCode: 'X24',
      sort: 'reference',
    };
    const params = toSearchParams(filters);
    expect(params.toString()).toBe(
      'q=patient+records&category=epr&category=lims&status=published&status=draft&owner=X24&sort=reference',
    );
    expect(parseCatalogueParams(params)).toMatchObject({ filters, problems: [] });
  });

  it('opens the filter panel for any status chosen, even the default', () => {
    expect(hasActiveFilters({ ...defaultFilters, statuses: ['EXPIRED'] })).toBe(true);
    expect(hasActiveFilters({ ...defaultFilters, statuses: ['PUBLISHED'] })).toBe(true);
  });
});
