import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  defaultFilters,
  filtersFromForm,
  hasActiveFilters,
  pageLinks,
  PAGE_SIZE,
  parseCatalogueParams,
  toQueryVariables,
  toSearchParams,
  type CatalogueFilters,
} from './catalogue-params';

const parse = (search: string) => parseCatalogueParams(new URLSearchParams(search));
const variablesFor = (search: string) => toQueryVariables(parse(search));

describe('parseCatalogueParams', () => {
  it('reads an empty address as published frameworks by title, first page', () => {
    const view = parse('');
    expect(view.filters).toEqual(defaultFilters);
    expect(view.page).toEqual({ first: null, last: null, after: null, before: null });
    expect(view.problems).toEqual([]);
  });

  it('reads every filter, the sort and the cursor', () => {
    const view = parse(
      'q=cdx-2026&category=pacs-ris&category=EPR&status=withdrawn&status=expired&owner=x24&sort=end-desc&first=10&after=abc',
    );
    expect(view.problems).toEqual([]);
    expect(view.filters).toEqual({
      search: 'cdx-2026',
      categories: ['EPR', 'PACS_RIS'],
      statuses: ['EXPIRED', 'WITHDRAWN'],
      ownerOdsCode: 'X24',
      sort: 'end-desc',
    });
    expect(view.page).toEqual({ first: 10, last: null, after: 'abc', before: null });
  });

  it('treats “published” alone as the default', () => {
    expect(parse('status=published').filters.statuses).toEqual([]);
    expect(parse('status=published&status=draft').filters.statuses).toEqual(['PUBLISHED', 'DRAFT']);
  });

  it('names every value it cannot use instead of silently dropping it', () => {
    expect(parse('category=robots&status=live&sort=price&first=many').problems).toEqual([
      '“robots” is not a product category. Use epr, pas, epma, pacs-ris, lims, patient-flow, patient-engagement, digital-dictation, integration, cyber-security, cloud, infrastructure, end-user-devices, professional-services, other.',
      '“live” is not a framework status. Use published, expired, withdrawn, draft.',
      '“price” is not a sort order. Use title, reference, start-desc, start, end, end-desc.',
      'The page size “many” (first) is not a whole number.',
    ]);
  });
});

describe('toQueryVariables', () => {
  it('asks for the first page of 25 by title when nothing is chosen', () => {
    expect(variablesFor('')).toEqual({
      filter: {},
      orderBy: { field: 'TITLE', direction: 'ASC' },
      first: PAGE_SIZE,
    });
  });

  it('maps every filter and the sort to the GraphQL filter and order', () => {
    expect(variablesFor('q=cloud&category=cloud&status=expired&owner=CC-CCS&sort=start-desc')).toEqual({
      filter: { search: 'cloud', categories: ['CLOUD'], statuses: ['EXPIRED'], ownerOdsCodes: ['CC-CCS'] },
      orderBy: { field: 'START_DATE', direction: 'DESC' },
      first: PAGE_SIZE,
    });
    expect(variablesFor('sort=reference').orderBy).toEqual({ field: 'REFERENCE', direction: 'ASC' });
  });

  it('pages forwards with first/after and backwards with last/before', () => {
    expect(variablesFor('after=c1')).toMatchObject({ first: PAGE_SIZE, after: 'c1' });
    expect(variablesFor('before=c2')).toEqual({
      filter: {},
      orderBy: { field: 'TITLE', direction: 'ASC' },
      last: PAGE_SIZE,
      before: 'c2',
    });
  });
});

describe('the address', () => {
  it('leaves defaults out, so the plain catalogue is just /frameworks', () => {
    expect(toSearchParams(defaultFilters).toString()).toBe('');
    expect(toSearchParams({ ...defaultFilters, statuses: ['PUBLISHED'] }).toString()).toBe('');
  });

  it('round-trips every view', () => {
    const filters: CatalogueFilters = {
      search: 'patient records',
      categories: ['EPR', 'LIMS'],
      statuses: ['PUBLISHED', 'DRAFT'],
      ownerOdsCode: 'X24',
      sort: 'reference',
    };
    const params = toSearchParams(filters, { first: 10, after: 'abc' });
    expect(params.toString()).toBe(
      'q=patient+records&category=epr&category=lims&status=published&status=draft&owner=X24&sort=reference&first=10&after=abc',
    );
    const view = parseCatalogueParams(params);
    expect(view.filters).toEqual(filters);
    expect(view.problems).toEqual([]);
  });

  it('goes back to the first page when filters change, keeping a chosen page size', () => {
    const view = parse('q=cdx&first=10&after=abc');
    expect(applyFilters(view, { ...view.filters, ownerOdsCode: 'X24' }).toString()).toBe(
      'q=cdx&owner=X24&first=10',
    );
  });

  it('links to the next and previous pages with the same filters', () => {
    const links = pageLinks(parse('q=cdx&after=x'), {
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: 's',
      endCursor: 'e',
    });
    expect(links.next?.toString()).toBe('q=cdx&after=e');
    expect(links.previous?.toString()).toBe('q=cdx&before=s');
  });

  it('opens the filter panel only for filters beyond the search', () => {
    expect(hasActiveFilters({ ...defaultFilters, search: 'cdx' })).toBe(false);
    expect(hasActiveFilters({ ...defaultFilters, statuses: ['EXPIRED'] })).toBe(true);
    expect(hasActiveFilters({ ...defaultFilters, sort: 'end' })).toBe(true);
  });

  it('reads a submitted filter form, whose fields share the address names', () => {
    const form = new FormData();
    form.append('q', ' cdx ');
    form.append('category', 'epr');
    form.append('status', 'published');
    form.append('owner', '');
    form.append('sort', 'title');
    expect(filtersFromForm(form)).toEqual({ ...defaultFilters, search: 'cdx', categories: ['EPR'] });
  });
});
