import { describe, expect, it } from 'vitest';
import { productCategorySlugs } from '../labels/catalogue';
import { backToList, pageLinks, pageVariables, readPage, readSlugs } from './address';

const params = (search: string) => new URLSearchParams(search);

describe('cursors', () => {
  it('pages forwards with first/after and backwards with last/before', () => {
    expect(pageVariables(readPage(params(''), []), 25)).toEqual({ first: 25 });
    expect(pageVariables(readPage(params('after=a'), []), 25)).toEqual({ first: 25, after: 'a' });
    expect(pageVariables(readPage(params('before=b'), []), 25)).toEqual({ last: 25, before: 'b' });
  });

  it('links to the pages either side with the same filters', () => {
    const info = { hasNextPage: true, hasPreviousPage: true, startCursor: 's', endCursor: 'e' };
    expect(pageLinks(params('q=bed'), info)).toEqual({ previous: 'q=bed&before=s', next: 'q=bed&after=e' });
    expect(pageLinks(params(''), { ...info, hasPreviousPage: false, hasNextPage: false })).toEqual({
      previous: null,
      next: null,
    });
  });

  it('names slugs it does not know rather than dropping them', () => {
    const problems: string[] = [];
    expect(
      readSlugs(
        params('category=PAS&category=epr&category=pas'),
        'category',
        productCategorySlugs,
        'a product category',
        problems,
      ),
    ).toEqual(['EPR', 'PAS']);
    readSlugs(params('category=fax'), 'category', productCategorySlugs, 'a product category', problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^“fax” is not a product category\. Use epr, pas, /);
  });
});

describe('backToList', () => {
  it('returns to the list the person came from, and to no other page', () => {
    expect(backToList({ listSearch: '?q=bed' }, '/products')).toBe('/products?q=bed');
    expect(backToList({ listSearch: '//evil.example' }, '/products')).toBe('/products');
    expect(backToList(null, '/products')).toBe('/products');
  });
});
