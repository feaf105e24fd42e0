import type { PriceBenchmarkInput, PricingUnit, ProductCategory } from '../../gql/graphql';
import { productCategorySlugs, pricingUnitOrder } from '../../shared/labels/catalogue';
import { quoted, readSearch, readText } from '../../shared/list/address';

// The Compare page's view in the address, so a comparison can be shared and reloaded:
//   by=product (the default) | category | role     what is compared
//   q=sentinel  product=<id>                         the product search, and the product chosen
//   category=epr                                     a category
//   role=Solution architect  grade=Senior            a day rate
//   unit=per-licence                                 left out when it is the kind's default
//   region=Y56                                       only trusts in one NHS region
//   sort=price | price-desc | quantity | quantity-desc   the table of prices (price, lowest first, by default)

export type CompareBy = 'product' | 'category' | 'role';
export const compareByOrder: readonly CompareBy[] = ['product', 'category', 'role'];

export type PointSort = 'price' | 'price-desc' | 'quantity' | 'quantity-desc';
const pointSorts: readonly PointSort[] = ['price', 'price-desc', 'quantity', 'quantity-desc'];

export type CompareView = {
  by: CompareBy;
  search: string;
  productId: string;
  category: ProductCategory | null;
  role: string;
  grade: string;
  unit: PricingUnit;
  regionCode: string;
  sort: PointSort;
  /** Parts of the address that mean nothing here, in words for the person reading. */
  problems: string[];
};

/** Address slugs of the pricing units: `PER_REGISTERED_PATIENT` → `per-registered-patient`. */
export const pricingUnitSlugs = Object.fromEntries(
  pricingUnitOrder.map((unit) => [unit, unit.toLowerCase().replace(/_/g, '-')]),
) as Record<PricingUnit, string>;

/** Day rates are compared per day; everything else per user unless the viewer chooses. */
export const defaultUnit = (by: CompareBy): PricingUnit => (by === 'role' ? 'PER_DAY' : 'PER_USER');

function readSlug<T extends string>(
  params: URLSearchParams,
  name: string,
  slugs: Record<T, string>,
  what: string,
  problems: string[],
): T | null {
  const raw = readText(params, name).toLowerCase();
  if (!raw) return null;
  const found = (Object.keys(slugs) as T[]).find((value) => slugs[value] === raw);
  if (!found) problems.push(`${quoted(raw)} is not ${what}. Use ${Object.values(slugs).join(', ')}.`);
  return found ?? null;
}

/** Reads the view from the address. Never throws: unusable values become `problems`. */
export function parseCompareParams(params: URLSearchParams): CompareView {
  const problems: string[] = [];
  const byText = readText(params, 'by').toLowerCase();
  let by: CompareBy = 'product';
  if (compareByOrder.includes(byText as CompareBy)) by = byText as CompareBy;
  else if (byText)
    problems.push(`${quoted(byText)} is not something to compare. Use product, category or role.`);
  const sortText = readText(params, 'sort') || 'price';
  const sort = pointSorts.includes(sortText as PointSort) ? (sortText as PointSort) : 'price';
  if (sort !== sortText)
    problems.push(`${quoted(sortText)} is not a sort order. Use ${pointSorts.join(', ')}.`);
  return {
    by,
    search: readSearch(params),
    productId: readText(params, 'product'),
    category: readSlug(params, 'category', productCategorySlugs, 'a product category', problems),
    role: readSearch(params, 'role'),
    grade: readSearch(params, 'grade'),
    unit:
      by === 'role'
        ? 'PER_DAY'
        : (readSlug(params, 'unit', pricingUnitSlugs, 'a pricing unit', problems) ?? defaultUnit(by)),
    regionCode: readText(params, 'region').toUpperCase(),
    sort,
    problems,
  };
}

/** The address of a view: only what its kind uses, defaults left out. */
export function toCompareParams(view: Omit<CompareView, 'problems'>): URLSearchParams {
  const params = new URLSearchParams();
  if (view.by !== 'product') params.set('by', view.by);
  if (view.by === 'product') {
    if (view.search) params.set('q', view.search);
    if (view.productId) params.set('product', view.productId);
  }
  if (view.by === 'category' && view.category) params.set('category', productCategorySlugs[view.category]);
  if (view.by === 'role') {
    if (view.role) params.set('role', view.role);
    if (view.grade) params.set('grade', view.grade);
  }
  if (view.by !== 'role' && view.unit !== defaultUnit(view.by))
    params.set('unit', pricingUnitSlugs[view.unit]);
  if (view.regionCode) params.set('region', view.regionCode);
  if (view.sort !== 'price') params.set('sort', view.sort);
  return params;
}

/** The benchmark's input for a view, or null until something to compare is chosen. */
export function toBenchmarkInput(view: CompareView): PriceBenchmarkInput | null {
  const filter = view.regionCode ? { filter: { regionCodes: [view.regionCode] } } : {};
  const base = { pricingUnit: view.unit, ...filter };
  if (view.by === 'product' && view.productId) return { productId: view.productId, ...base };
  if (view.by === 'category' && view.category) return { category: view.category, ...base };
  if (view.by === 'role' && view.role) {
    return { serviceRole: view.role, ...(view.grade ? { grade: view.grade } : {}), ...base };
  }
  return null;
}
