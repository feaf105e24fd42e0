import {
  formToParams,
  pageVariables,
  readPage,
  readSearch,
  readSort,
  sizedList,
  withPage,
  type ListPage,
  type PageVariables,
} from './address';

// The address of a list with a search (`q`), filters of its own, a sort (`sort`) and a page whose size
// the address may choose (`first` / `last`, `after` / `before`). The list says how to read, write and
// query its own filters; the search, the sort, the page and the defaults are handled here, the same
// way for every such list.

/** A list's view as read from the address. */
export type ListView<F> = {
  filters: F;
  page: ListPage;
  /** Parts of the address that mean nothing to the list, in words for the person reading. */
  problems: string[];
};

export type SortOptions<S extends string, Order> = Record<S, { label: string; order: Order }>;

export type ListVariables<Filter, Order> = { filter: Filter; orderBy: Order } & PageVariables;

type SortedFilters<S extends string> = { search: string; sort: S };

/**
 * The address and query of a list: its `defaults` (which the address leaves out), its `sorts`, its
 * page `size`, and how it reads, writes and queries its own filters.
 */
export function defineListParams<
  F extends SortedFilters<S>,
  S extends string,
  Filter extends { search?: string | null },
  Order,
>(
  defaults: F,
  sorts: SortOptions<S, Order>,
  size: number,
  list: {
    /** The list's own filters from the address (neither search nor sort); unusable values go to `problems`. */
    read: (params: URLSearchParams, problems: string[]) => Omit<F, keyof SortedFilters<S>>;
    /** Writes the list's own filters into the address, leaving defaults out. */
    write: (filters: F, params: URLSearchParams) => void;
    /** The list's own filters as the GraphQL filter, empty ones left out (the search is added). */
    filter: (filters: F) => Filter;
  },
) {
  /** Reads the view from the address. Never throws: unusable values become `problems`. */
  function parse(params: URLSearchParams): ListView<F> {
    const problems: string[] = [];
    const own = list.read(params, problems);
    const sort = readSort(params, sorts, defaults.sort, problems);
    return {
      filters: { search: readSearch(params), ...own, sort } as F,
      page: readPage(params, problems, { sizes: true }),
      problems,
    };
  }

  /** The address of a view; defaults are left out, so the plain list has a plain address. */
  function toSearchParams(filters: F, page: Partial<ListPage> = {}): URLSearchParams {
    const params = new URLSearchParams();
    if (filters.search) params.set('q', filters.search);
    list.write(filters, params);
    if (filters.sort !== defaults.sort) params.set('sort', filters.sort);
    return withPage(params, page);
  }

  return {
    parse,
    toSearchParams,
    /** The variables of the list's query for a view. Empty filters are left out. */
    toQueryVariables({ filters, page }: Pick<ListView<F>, 'filters' | 'page'>): ListVariables<Filter, Order> {
      const filter = list.filter(filters);
      return {
        filter: filters.search ? { search: filters.search, ...filter } : filter,
        orderBy: sorts[filters.sort].order,
        ...pageVariables(page, size),
      };
    },
    /**
     * The address after new filters are applied (back to the first page, keeping a chosen page
     * size), and the addresses of the previous and next pages, or null where there is none.
     */
    ...sizedList(toSearchParams, size),
    /** Whether anything beyond the search narrows or reorders the list (the filter panel opens then). */
    hasActiveFilters(filters: F): boolean {
      return (Object.keys(defaults) as (keyof F)[]).some(
        (key) => key !== 'search' && JSON.stringify(filters[key]) !== JSON.stringify(defaults[key]),
      );
    },
    /** The filters in a submitted filter form, which uses the same names as the address. */
    filtersFromForm: (form: FormData): F => parse(formToParams(form)).filters,
  };
}
