import type { SupplierFilter } from '../../gql/graphql';
import {
  pageVariables,
  quoted,
  readPage,
  readSearch,
  withPage,
  type ListPage,
} from '../../shared/list/address';

// The supplier list's view in the address:  q=meridian  sme=yes|no  after / before (cursors)

export const SUPPLIERS_PAGE_SIZE = 25;

export type SmeChoice = 'all' | 'yes' | 'no';

export type SupplierFilters = { search: string; sme: SmeChoice };
export type SuppliersView = { filters: SupplierFilters; page: ListPage; problems: string[] };

export const smeChoiceLabels: Record<SmeChoice, string> = {
  all: 'All suppliers',
  yes: 'SMEs only',
  no: 'Larger companies only',
};

export function parseSuppliersParams(params: URLSearchParams): SuppliersView {
  const problems: string[] = [];
  const sme = (params.get('sme') ?? '').trim().toLowerCase();
  if (sme !== '' && sme !== 'yes' && sme !== 'no') {
    problems.push(`${quoted(params.get('sme') ?? '')} is not a choice for SMEs. Use yes or no.`);
  }
  return {
    filters: { search: readSearch(params), sme: sme === 'yes' || sme === 'no' ? sme : 'all' },
    page: readPage(params, problems),
    problems,
  };
}

/** The address of a view; `/suppliers` alone for everything. */
export function toSuppliersParams(filters: SupplierFilters, page?: ListPage): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.sme !== 'all') params.set('sme', filters.sme);
  return withPage(params, page);
}

export function toSuppliersVariables({ filters, page }: Pick<SuppliersView, 'filters' | 'page'>) {
  const filter: SupplierFilter = {};
  if (filters.search) filter.search = filters.search;
  if (filters.sme !== 'all') filter.sme = filters.sme === 'yes';
  return { filter, ...pageVariables(page, SUPPLIERS_PAGE_SIZE) };
}
