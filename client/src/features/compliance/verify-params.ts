import type { DeclarationFilter } from '../../gql/graphql';
import { subjectKindSlugs, type SubjectKind } from '../../shared/labels/compliance';
import {
  pageVariables,
  quoted,
  readPage,
  readSlugs,
  readText,
  withPage,
  type ListPage,
} from '../../shared/list/address';

// The verification queue's view in the address:
//   standard=DSPT (a standard's code)   kind=trust|product (what the declaration is about)
//   after / before (cursors)

export const VERIFY_PAGE_SIZE = 25;

export type VerifyFilters = { standard: string; kind: SubjectKind | null };
export type VerifyView = { filters: VerifyFilters; page: ListPage; problems: string[] };

export const noVerifyFilters: VerifyFilters = { standard: '', kind: null };

const standardCode = /^[A-Z0-9_]{1,60}$/;

export function parseVerifyParams(params: URLSearchParams): VerifyView {
  const problems: string[] = [];
  const raw = readText(params, 'standard');
  const standard = raw.toUpperCase();
  if (standard && !standardCode.test(standard)) {
    problems.push(`${quoted(raw)} is not a standard’s code. Codes are like DSPT or FHIR_UK_CORE.`);
  }
  const kinds = readSlugs(params, 'kind', subjectKindSlugs, 'what a declaration is about', problems);
  return {
    filters: {
      standard: standardCode.test(standard) ? standard : '',
      kind: kinds.length === 1 ? (kinds[0] ?? null) : null,
    },
    page: readPage(params, problems),
    problems,
  };
}

export function toVerifyParams(filters: VerifyFilters, page?: Partial<ListPage>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.standard) params.set('standard', filters.standard);
  if (filters.kind) params.set('kind', subjectKindSlugs[filters.kind]);
  return withPage(params, page);
}

/** The queue's query: current declarations nobody has verified or rejected yet, for the standard chosen. */
export function toVerifyVariables({ filters, page }: Pick<VerifyView, 'filters' | 'page'>) {
  const filter: DeclarationFilter = { verification: ['UNVERIFIED'], currentOnly: true };
  if (filters.standard) filter.standardCodes = [filters.standard];
  if (filters.kind) filter.forProducts = filters.kind === 'PRODUCT';
  return { filter, ...pageVariables(page, VERIFY_PAGE_SIZE) };
}

export const hasVerifyFilters = (filters: VerifyFilters) => filters.standard !== '' || filters.kind !== null;
