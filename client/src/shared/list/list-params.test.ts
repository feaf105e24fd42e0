import { describe, expect, it } from 'vitest';
import { readSlugs, readText, writeSlugs } from './address';
import { defineListParams } from './list-params';

// A small list of its own, so what every list with a sort and a sized page shares is tested once.
type Colour = 'RED' | 'BLUE';
type Filters = { search: string; colours: Colour[]; shop: string; sort: 'name' | 'price' };
const colourSlugs: Record<Colour, string> = { RED: 'red', BLUE: 'blue' };
const defaults: Filters = { search: '', colours: [], shop: '', sort: 'name' };

const sorts = {
  name: { label: 'Name', order: { field: 'NAME', direction: 'ASC' } },
  price: { label: 'Price', order: { field: 'PRICE', direction: 'DESC' } },
};

const list = defineListParams(defaults, sorts, 25, {
  read: (params, problems) => ({
    colours: readSlugs(params, 'colour', colourSlugs, 'a colour', problems),
    shop: readText(params, 'shop').toUpperCase(),
  }),
  write: (filters, params) => {
    writeSlugs(params, 'colour', filters.colours, colourSlugs);
    if (filters.shop) params.set('shop', filters.shop);
  },
  filter: (filters) => {
    const filter: { search?: string; colours?: Colour[]; shops?: string[] } = {};
    if (filters.colours.length) filter.colours = filters.colours;
    if (filters.shop) filter.shops = [filters.shop];
    return filter;
  },
});

const parse = (search: string) => list.parse(new URLSearchParams(search));
const variablesFor = (search: string) => list.toQueryVariables(parse(search));
const pageInfo = { hasNextPage: true, hasPreviousPage: true, startCursor: 's', endCursor: 'e' };

describe('reading the address', () => {
  it('reads an empty address as the defaults, first page', () => {
    expect(parse('')).toEqual({
      filters: defaults,
      page: { first: null, last: null, after: null, before: null },
      problems: [],
    });
  });

  it('reads the search, the list’s own filters, the sort and the page', () => {
    expect(
      parse('q=%20%20big%20%20%20box%20&colour=BLUE&colour=red&shop=x1&sort=price&first=10&after=abc'),
    ).toEqual({
      filters: { search: 'big box', colours: ['RED', 'BLUE'], shop: 'X1', sort: 'price' },
      page: { first: 10, last: null, after: 'abc', before: null },
      problems: [],
    });
  });

  it('ignores empty values a form may send', () => {
    expect(parse('q=&colour=&shop=&sort=')).toMatchObject({ filters: defaults, problems: [] });
  });

  it('names what it cannot use, the list’s own filters first, and keeps the default sort', () => {
    const view = parse('colour=green&sort=size&first=lots&last=1.5');
    expect(view.problems).toEqual([
      '“green” is not a colour. Use red, blue.',
      '“size” is not a sort order. Use name, price.',
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

  it('reads a submitted filter form, whose fields share the address names', () => {
    const form = new FormData();
    for (const [name, value] of [
      ['q', ' box '],
      ['colour', 'red'],
      ['shop', ''],
      ['sort', 'name'],
    ]) {
      form.append(name as string, value as string);
    }
    expect(list.filtersFromForm(form)).toEqual({ ...defaults, search: 'box', colours: ['RED'] });
  });
});

describe('the query variables', () => {
  it('asks for the first page in the default order when nothing is chosen', () => {
    expect(variablesFor('')).toEqual({ filter: {}, orderBy: { field: 'NAME', direction: 'ASC' }, first: 25 });
  });

  it('adds the search to the list’s own filter, and orders by the sort', () => {
    expect(variablesFor('q=box&colour=red&shop=X1&sort=price')).toEqual({
      filter: { search: 'box', colours: ['RED'], shops: ['X1'] },
      orderBy: { field: 'PRICE', direction: 'DESC' },
      first: 25,
    });
  });

  it('pages forwards with first/after and backwards with last/before', () => {
    expect(variablesFor('after=c1')).toMatchObject({ first: 25, after: 'c1' });
    const backwards = variablesFor('before=c2');
    expect(backwards).toMatchObject({ last: 25, before: 'c2' });
    expect(backwards).not.toHaveProperty('first');
  });

  it('sends page sizes from the address unchanged', () => {
    expect(variablesFor('first=500')).toMatchObject({ first: 500 });
    expect(variablesFor('last=10&before=c2')).toMatchObject({ last: 10, before: 'c2' });
    expect(variablesFor('first=5&last=5')).toMatchObject({ first: 5, last: 5 });
  });
});

describe('writing the address', () => {
  it('leaves defaults out, so the plain list has a plain address', () => {
    expect(list.toSearchParams(defaults).toString()).toBe('');
  });

  it('round-trips every view: search, own filters, sort, then the page', () => {
    const filters: Filters = { search: 'big box', colours: ['RED', 'BLUE'], shop: 'X1', sort: 'price' };
    const params = list.toSearchParams(filters, { first: 10, after: 'abc' });
    expect(params.toString()).toBe('q=big+box&colour=red&colour=blue&shop=X1&sort=price&first=10&after=abc');
    expect(list.parse(params)).toEqual({
      filters,
      page: { first: 10, last: null, after: 'abc', before: null },
      problems: [],
    });
  });

  it('drops the cursor when filters change, keeping a chosen page size', () => {
    const view = parse('q=box&first=10&after=abc');
    expect(list.applyFilters(view, { ...view.filters, shop: 'X1' }).toString()).toBe(
      'q=box&shop=X1&first=10',
    );
  });

  it('does not write the default page size into the address', () => {
    expect(list.applyFilters(parse('before=xyz'), { ...defaults, colours: ['BLUE'] }).toString()).toBe(
      'colour=blue',
    );
  });
});

describe('page links', () => {
  it('links forward after the last item and back before the first, with the same filters', () => {
    expect(list.pageLinks(parse('q=box&after=x'), pageInfo)).toEqual({
      previous: 'q=box&before=s',
      next: 'q=box&after=e',
    });
  });

  it('carries a chosen page size in the direction of travel', () => {
    expect(list.pageLinks(parse('first=10&after=x'), pageInfo)).toEqual({
      previous: 'last=10&before=s',
      next: 'first=10&after=e',
    });
  });

  it('offers no link where there is no page', () => {
    expect(list.pageLinks(parse(''), { ...pageInfo, hasPreviousPage: false }).previous).toBeNull();
    expect(list.pageLinks(parse(''), { ...pageInfo, hasNextPage: false }).next).toBeNull();
  });
});

describe('hasActiveFilters', () => {
  it('ignores the search, which has its own box, and counts everything else', () => {
    expect(list.hasActiveFilters({ ...defaults, search: 'box' })).toBe(false);
    expect(list.hasActiveFilters({ ...defaults, colours: ['RED'] })).toBe(true);
    expect(list.hasActiveFilters({ ...defaults, shop: 'X1' })).toBe(true);
    expect(list.hasActiveFilters({ ...defaults, sort: 'price' })).toBe(true);
  });
});
