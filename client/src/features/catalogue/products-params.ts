import type { ProductCategory, ProductFilter } from '../../gql/graphql';
import { productCategorySlugs } from '../../shared/labels/catalogue';
import {
  pageVariables,
  readPage,
  readSearch,
  readSlugs,
  withPage,
  type ListPage,
} from '../../shared/list/address';

// The product list's view in the address:
//   q=bed  category=patient-flow (repeatable)  cpv=48814000-7  after / before (cursors)

export const PRODUCTS_PAGE_SIZE = 25;

export type ProductFilters = { search: string; categories: ProductCategory[]; cpvCode: string };
export type ProductsView = { filters: ProductFilters; page: ListPage; problems: string[] };

export const noProductFilters: ProductFilters = { search: '', categories: [], cpvCode: '' };

export function parseProductsParams(params: URLSearchParams): ProductsView {
  const problems: string[] = [];
  const categories = readSlugs(params, 'category', productCategorySlugs, 'a product category', problems);
  return {
    filters: { search: readSearch(params), categories, cpvCode: (params.get('cpv') ?? '').trim() },
    page: readPage(params, problems),
    problems,
  };
}

export function toProductsParams(filters: ProductFilters, page?: ListPage): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  for (const category of filters.categories) params.append('category', productCategorySlugs[category]);
  if (filters.cpvCode) params.set('cpv', filters.cpvCode);
  return withPage(params, page);
}

export function toProductsVariables({ filters, page }: Pick<ProductsView, 'filters' | 'page'>) {
  const filter: ProductFilter = {};
  if (filters.search) filter.search = filters.search;
  if (filters.categories.length) filter.categories = filters.categories;
  if (filters.cpvCode) filter.cpvCode = filters.cpvCode;
  return { filter, ...pageVariables(page, PRODUCTS_PAGE_SIZE) };
}
