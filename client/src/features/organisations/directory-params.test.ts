import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  defaultFilters,
  filtersFromForm,
  hasActiveFilters,
  pageLinks,
  PAGE_SIZE,
  parseDirectoryParams,
  toQueryVariables,
  toSearchParams,
  type DirectoryFilters,
} from './directory-params';

const parse = (search: string) => parseDirectoryParams(new URLSearchParams(search));
const variablesFor = (search: string) => toQueryVariables(parse(search));

describe('parseDirectoryParams', () => {
  it('reads an empty address as the whole directory, by name, first page', () => {
    const view = parse('');
    expect(view.filters).toEqual(defaultFilters);
    expect(view.page).toEqual({ first: null, last: null, after: null, before: null });
    expect(view.problems).toEqual([]);
  });

  it('reads every filter, the sort and the cursor', () => {
    const view = parse(
      'q=royal+free&kind=trust&kind=central-body&type=acute&type=not-established' +
        '&region=y56&icb=QMF&closed=include&sort=name-desc&first=10&after=abc',
    );
    expect(view.problems).toEqual([]);
    expect(view.filters).toEqual({
      search: 'royal free',
      kinds: ['TRUST', 'CENTRAL_BODY'],
      trustTypes: ['ACUTE', 'NOT_ESTABLISHED'],
      regionCode: 'Y56',
      icbCode: 'QMF',
      includeClosed: true,
      sort: 'name-desc',
    });
    expect(view.page).toEqual({ first: 10, last: null, after: 'abc', before: null });
  });

  it('tidies the search text and ignores empty values a form may send', () => {
    const view = parse('q=%20%20royal%20%20%20free%20&kind=&region=&icb=&closed=&sort=');
    expect(view.filters).toEqual({ ...defaultFilters, search: 'royal free' });
    expect(view.problems).toEqual([]);
  });

  it('accepts slugs in any case, once each, in a fixed order', () => {
    const view = parse('kind=ICB&kind=Trust&kind=icb&type=Mental-Health');
    expect(view.filters.kinds).toEqual(['TRUST', 'ICB']);
    expect(view.filters.trustTypes).toEqual(['MENTAL_HEALTH']);
  });

  it('names every value it cannot use instead of silently dropping it', () => {
    const view = parse('kind=hospital&type=big&closed=yes&sort=size&first=lots&last=1.5');
    expect(view.problems).toEqual([
      '“hospital” is not a kind of organisation. Use trust, icb, central-body.',
      '“big” is not a type of trust. Use acute, ambulance, community, mental-health, specialist, not-established.',
      '“yes” is not a choice for closed organisations. Use include.',
      '“size” is not a sort order. Use name, name-desc, code.',
      'The page size “lots” (first) is not a whole number.',
      'The page size “1.5” (last) is not a whole number.',
    ]);
    expect(view.filters.sort).toBe('name');
  });

  it('passes whole-number page sizes through, even out of range: the server explains its limits', () => {
    expect(parse('first=500').page.first).toBe(500);
    expect(parse('first=-1').page.first).toBe(-1);
    expect(parse('first=500').problems).toEqual([]);
  });
});

describe('toQueryVariables', () => {
  it('asks for the first page of 25 by name when nothing is chosen', () => {
    expect(variablesFor('')).toEqual({
      filter: {},
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: PAGE_SIZE,
    });
  });

  it('maps every filter and the sort to the GraphQL filter and order', () => {
    expect(variablesFor('q=royal&kind=trust&type=acute&region=Y56&icb=QMF&closed=include&sort=code')).toEqual(
      {
        filter: {
          search: 'royal',
          kinds: ['TRUST'],
          trustTypes: ['ACUTE'],
          regionCodes: ['Y56'],
          icbCodes: ['QMF'],
          includeClosed: true,
        },
        orderBy: { field: 'ODS_CODE', direction: 'ASC' },
        first: PAGE_SIZE,
      },
    );
    expect(variablesFor('sort=name-desc').orderBy).toEqual({ field: 'NAME', direction: 'DESC' });
  });

  it('pages forwards with first/after and backwards with last/before', () => {
    expect(variablesFor('after=c1')).toMatchObject({ first: PAGE_SIZE, after: 'c1' });
    const backwards = variablesFor('before=c2');
    expect(backwards).toMatchObject({ last: PAGE_SIZE, before: 'c2' });
    expect(backwards).not.toHaveProperty('first');
  });

  it('sends page sizes from the address unchanged', () => {
    expect(variablesFor('first=500')).toMatchObject({ first: 500 });
    expect(variablesFor('last=10&before=c2')).toMatchObject({ last: 10, before: 'c2' });
    const both = variablesFor('first=5&last=5');
    expect(both).toMatchObject({ first: 5, last: 5 });
  });
});

describe('toSearchParams', () => {
  it('leaves defaults out, so the plain directory has a plain address', () => {
    expect(toSearchParams(defaultFilters).toString()).toBe('');
  });

  it('round-trips every view through the address', () => {
    const filters: DirectoryFilters = {
      search: 'royal free',
      kinds: ['TRUST', 'ICB'],
      trustTypes: ['NOT_ESTABLISHED'],
      regionCode: 'Y56',
      icbCode: 'QMF',
      includeClosed: true,
      sort: 'code',
    };
    const params = toSearchParams(filters, { first: 10, after: 'abc' });
    expect(params.toString()).toBe(
      'q=royal+free&kind=trust&kind=icb&type=not-established&region=Y56&icb=QMF&closed=include&sort=code&first=10&after=abc',
    );
    const view = parseDirectoryParams(params);
    expect(view.filters).toEqual(filters);
    expect(view.page).toEqual({ first: 10, last: null, after: 'abc', before: null });
    expect(view.problems).toEqual([]);
  });
});

describe('applyFilters', () => {
  it('drops the cursor when filters change, keeping a chosen page size', () => {
    const view = parse('q=royal&first=10&after=abc');
    const params = applyFilters(view, { ...view.filters, includeClosed: true });
    expect(params.toString()).toBe('q=royal&closed=include&first=10');
  });

  it('does not write the default page size into the address', () => {
    const view = parse('before=xyz');
    expect(applyFilters(view, { ...defaultFilters, kinds: ['ICB'] }).toString()).toBe('kind=icb');
  });
});

describe('pageLinks', () => {
  const pageInfo = { hasNextPage: true, hasPreviousPage: true, startCursor: 's', endCursor: 'e' };

  it('links forward after the last item and back before the first, with the same filters', () => {
    const links = pageLinks(parse('q=royal&after=x'), pageInfo);
    expect(links.next?.toString()).toBe('q=royal&after=e');
    expect(links.previous?.toString()).toBe('q=royal&before=s');
  });

  it('carries a chosen page size in the direction of travel', () => {
    const links = pageLinks(parse('first=10&after=x'), pageInfo);
    expect(links.next?.toString()).toBe('first=10&after=e');
    expect(links.previous?.toString()).toBe('last=10&before=s');
  });

  it('offers no link where there is no page', () => {
    const links = pageLinks(parse(''), { ...pageInfo, hasPreviousPage: false, startCursor: 's' });
    expect(links.previous).toBeNull();
    expect(links.next).not.toBeNull();
    expect(pageLinks(parse(''), { ...pageInfo, hasNextPage: false }).next).toBeNull();
  });
});

describe('hasActiveFilters', () => {
  it('ignores the search, which has its own box, and counts everything else', () => {
    expect(hasActiveFilters({ ...defaultFilters, search: 'royal' })).toBe(false);
    expect(hasActiveFilters({ ...defaultFilters, includeClosed: true })).toBe(true);
    expect(hasActiveFilters({ ...defaultFilters, sort: 'code' })).toBe(true);
    expect(hasActiveFilters({ ...defaultFilters, regionCode: 'Y56' })).toBe(true);
  });
});

describe('filtersFromForm', () => {
  it('reads a submitted filter form, whose fields share the address names', () => {
    const form = new FormData();
    form.append('q', ' royal ');
    form.append('kind', 'trust');
    form.append('type', 'acute');
    form.append('type', 'specialist');
    form.append('region', 'Y56');
    form.append('icb', '');
    form.append('closed', 'include');
    form.append('sort', 'name');
    expect(filtersFromForm(form)).toEqual({
      search: 'royal',
      kinds: ['TRUST'],
      trustTypes: ['ACUTE', 'SPECIALIST'],
      regionCode: 'Y56',
      icbCode: '',
      includeClosed: true,
      sort: 'name',
    });
  });
});
