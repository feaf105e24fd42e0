import type {
  ComplianceAttentionInput,
  ComplianceMatrixInput,
  EstateInput,
  ProductCategory,
  TrustType,
} from '../../gql/graphql';
import { productCategorySlugs } from '../../shared/labels/catalogue';
import { quoted, readSlugs, readText, writeSlugs } from '../../shared/list/address';
import { trustTypeSlugs } from '../organisations/directory-params';

// The compliance dashboards keep their view in the address, so a view can be bookmarked and shared.
// Values are readable slugs, defaults are left out, and reading never throws: what a page cannot use
// becomes a `problem`, in words for the person reading.
//
//   /compliance            region=Y56  icb=QMF  type=acute (repeatable)  unverified=include
//   /compliance/products   category=epr (repeatable)  unverified=include
//   /compliance/attention  region=Y56 | icb=QMF   (central users; the whole of England when neither)
//   /organisations/:odsCode/estate   show=all (every cell, not only gaps)  standard=FHIR_UK_CORE (repeatable)

/** `unverified=include`: count declarations not yet verified too (central users only). */
const INCLUDE = 'include';

function readInclude(params: URLSearchParams, problems: string[]): boolean {
  const text = readText(params, 'unverified').toLowerCase();
  if (!text) return false;
  if (text === INCLUDE) return true;
  problems.push(`${quoted(text)} (unverified) means nothing here. Use unverified=include, or leave it out.`);
  return false;
}

// Trusts × standards

export type TrustMatrixView = {
  regionCode: string;
  icbCode: string;
  trustTypes: TrustType[];
  includeUnverified: boolean;
  /** Parts of the address that mean nothing here, in words for the person reading. */
  problems: string[];
};

export const defaultTrustMatrix: Omit<TrustMatrixView, 'problems'> = {
  regionCode: '',
  icbCode: '',
  trustTypes: [],
  includeUnverified: false,
};

export function parseTrustMatrixParams(params: URLSearchParams): TrustMatrixView {
  const problems: string[] = [];
  return {
    regionCode: readText(params, 'region').toUpperCase(),
    icbCode: readText(params, 'icb').toUpperCase(),
    trustTypes: readSlugs(params, 'type', trustTypeSlugs, 'a type of trust', problems),
    includeUnverified: readInclude(params, problems),
    problems,
  };
}

export function toTrustMatrixParams(view: Omit<TrustMatrixView, 'problems'>): URLSearchParams {
  const params = new URLSearchParams();
  if (view.regionCode) params.set('region', view.regionCode);
  if (view.icbCode) params.set('icb', view.icbCode);
  writeSlugs(params, 'type', view.trustTypes, trustTypeSlugs);
  if (view.includeUnverified) params.set('unverified', INCLUDE);
  return params;
}

/** Whether the view narrows the trusts shown (the filter panel opens when it does). */
export const narrowsTrusts = (view: Omit<TrustMatrixView, 'problems'>): boolean =>
  view.regionCode !== '' || view.icbCode !== '' || view.trustTypes.length > 0;

/**
 * The matrix's and the coverage's input. Unverified declarations are asked for only for a central
 * user: the server refuses anyone else, so another viewer with the address sees the public figures.
 */
export function toTrustMatrixInput(
  view: Omit<TrustMatrixView, 'problems'>,
  { central }: { central: boolean },
): ComplianceMatrixInput {
  const input: ComplianceMatrixInput = { subjects: 'TRUSTS' };
  if (view.regionCode) input.regionCodes = [view.regionCode];
  if (view.icbCode) input.icbCodes = [view.icbCode];
  if (view.trustTypes.length > 0) input.trustTypes = view.trustTypes;
  if (view.includeUnverified && central) input.includeUnverified = true;
  return input;
}

// Products × standards

export type ProductMatrixView = {
  categories: ProductCategory[];
  includeUnverified: boolean;
  problems: string[];
};

export function parseProductMatrixParams(params: URLSearchParams): ProductMatrixView {
  const problems: string[] = [];
  return {
    categories: readSlugs(params, 'category', productCategorySlugs, 'a product category', problems),
    includeUnverified: readInclude(params, problems),
    problems,
  };
}

export function toProductMatrixParams(view: Omit<ProductMatrixView, 'problems'>): URLSearchParams {
  const params = new URLSearchParams();
  writeSlugs(params, 'category', view.categories, productCategorySlugs);
  if (view.includeUnverified) params.set('unverified', INCLUDE);
  return params;
}

export function toProductMatrixInput(
  view: Omit<ProductMatrixView, 'problems'>,
  { central }: { central: boolean },
): ComplianceMatrixInput {
  const input: ComplianceMatrixInput = { subjects: 'PRODUCTS' };
  if (view.categories.length > 0) input.productCategories = view.categories;
  if (view.includeUnverified && central) input.includeUnverified = true;
  return input;
}

// A trust's estate

export type EstateView = {
  /** Only systems with a gap, and only their gaps (the default): `show=all` shows everything. */
  gapsOnly: boolean;
  /** Standard codes, upper case, once each; every product standard when empty. */
  standardCodes: string[];
  problems: string[];
};

const SHOW_ALL = 'all';

export function parseEstateParams(params: URLSearchParams): EstateView {
  const problems: string[] = [];
  const show = readText(params, 'show').toLowerCase();
  if (show && show !== SHOW_ALL)
    problems.push(`${quoted(show)} (show) means nothing here. Use show=all, or leave it out for the gaps.`);
  const standardCodes = [
    ...new Set(
      params
        .getAll('standard')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
  return { gapsOnly: show !== SHOW_ALL, standardCodes, problems };
}

export function toEstateParams(view: Omit<EstateView, 'problems'>): URLSearchParams {
  const params = new URLSearchParams();
  if (!view.gapsOnly) params.set('show', SHOW_ALL);
  for (const code of view.standardCodes) params.append('standard', code);
  return params;
}

export function toEstateInput(odsCode: string, view: Omit<EstateView, 'problems'>): EstateInput {
  const input: EstateInput = { odsCode, gapsOnly: view.gapsOnly };
  if (view.standardCodes.length > 0) input.standardCodes = view.standardCodes;
  return input;
}

// What needs attention

/** Central users' choice of trusts: all of England, one region or one ICB (the narrower wins). */
export type AttentionArea = { scope: 'NATIONAL' } | { scope: 'REGION' | 'ICB'; code: string };

export function parseAttentionParams(params: URLSearchParams): AttentionArea {
  const icb = readText(params, 'icb').toUpperCase();
  if (icb) return { scope: 'ICB', code: icb };
  const region = readText(params, 'region').toUpperCase();
  return region ? { scope: 'REGION', code: region } : { scope: 'NATIONAL' };
}

export function toAttentionParams(area: AttentionArea): URLSearchParams {
  const params = new URLSearchParams();
  if (area.scope === 'REGION') params.set('region', area.code);
  if (area.scope === 'ICB') params.set('icb', area.code);
  return params;
}

/** Lapsing "soon" on the attention page: within 90 days, as the notices count it. */
export const ATTENTION_WITHIN_DAYS = 90;

/** The attention input: a central user's area, or else the viewer's own trust. */
export function toAttentionInput(area: AttentionArea, ownTrust: string | null): ComplianceAttentionInput {
  if (ownTrust !== null) return { scope: 'ORGANISATION', code: ownTrust, withinDays: ATTENTION_WITHIN_DAYS };
  return area.scope === 'NATIONAL'
    ? { scope: 'NATIONAL', withinDays: ATTENTION_WITHIN_DAYS }
    : { scope: area.scope, code: area.code, withinDays: ATTENTION_WITHIN_DAYS };
}
