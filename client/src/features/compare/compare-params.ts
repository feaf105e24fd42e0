import type {
  BenchmarkFilter,
  PriceBenchmarkInput,
  PricingUnit,
  ProductCategory,
  TrustType,
} from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { readDate, type DateParts } from '../../shared/forms/dates';
import { productCategorySlugs, pricingUnitOrder } from '../../shared/labels/catalogue';
import { quoted, readDay, readSearch, readSlugs, readText, writeSlugs } from '../../shared/list/address';
import { trustTypeSlugs } from '../organisations/directory-params';

// The Compare page's view in the address, so a comparison can be shared and reloaded:
//   by=product (the default) | category | role     what is compared
//   q=sentinel  product=<id>                         the product search, and the product chosen
//   category=epr                                     a category
//   role=Solution architect  grade=Senior            a day rate
//   unit=per-licence                                 left out when it is the kind's default
//   region=Y56  icb=QMF                              only trusts in one NHS region, one ICB
//   type=acute (repeatable)                          only these kinds of trust
//   in-force-on=2026-04-01                           contracts in force that day (today when left out)
//   signed-after=2024-04-01                          only contracts that started on or after that day
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
  icbCode: string;
  trustTypes: TrustType[];
  /** `YYYY-MM-DD`, or '' for today. */
  activeOn: string;
  /** `YYYY-MM-DD`, or '' for no limit. */
  signedAfter: string;
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
    icbCode: readText(params, 'icb').toUpperCase(),
    trustTypes: readSlugs(params, 'type', trustTypeSlugs, 'a type of trust', problems),
    activeOn: readDay(params, 'in-force-on', problems),
    signedAfter: readDay(params, 'signed-after', problems),
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
  if (view.icbCode) params.set('icb', view.icbCode);
  writeSlugs(params, 'type', view.trustTypes, trustTypeSlugs);
  if (view.activeOn) params.set('in-force-on', view.activeOn);
  if (view.signedAfter) params.set('signed-after', view.signedAfter);
  if (view.sort !== 'price') params.set('sort', view.sort);
  return params;
}

/** Which trusts' contracts a view compares; null when it compares them all, in force today. */
export function toBenchmarkFilter(view: Omit<CompareView, 'problems'>): BenchmarkFilter | null {
  const filter: BenchmarkFilter = {};
  if (view.regionCode) filter.regionCodes = [view.regionCode];
  if (view.icbCode) filter.icbCodes = [view.icbCode];
  if (view.trustTypes.length) filter.trustTypes = view.trustTypes;
  if (view.activeOn) filter.activeOn = view.activeOn;
  if (view.signedAfter) filter.signedAfter = view.signedAfter;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The view without its filters on trusts and dates: every trust's contracts in force today. */
export const withoutFilters = (view: Omit<CompareView, 'problems'>): Omit<CompareView, 'problems'> => ({
  ...view,
  regionCode: '',
  icbCode: '',
  trustTypes: [],
  activeOn: '',
  signedAfter: '',
});

/** The benchmark's input for a view, or null until something to compare is chosen. */
export function toBenchmarkInput(view: CompareView): PriceBenchmarkInput | null {
  const filter = toBenchmarkFilter(view);
  const base = { pricingUnit: view.unit, ...(filter ? { filter } : {}) };
  if (view.by === 'product' && view.productId) return { productId: view.productId, ...base };
  if (view.by === 'category' && view.category) return { category: view.category, ...base };
  if (view.by === 'role' && view.role) {
    return { serviceRole: view.role, ...(view.grade ? { grade: view.grade } : {}), ...base };
  }
  return null;
}

// --- The filter form's dates ---------------------------------------------------------------------

export type DateField = 'activeOn' | 'signedAfter';

/** The day boxes' ids (the month and year boxes add `-month`, `-year`): an error summary links to them. */
export const dateBoxIds: Record<DateField, string> = {
  activeOn: 'compare-in-force-on',
  signedAfter: 'compare-signed-after',
};

/**
 * The dates typed in the filter form, as the address holds them (`YYYY-MM-DD`, '' when empty), and
 * what is wrong with them in the NHS design system's words. Contracts in force on a day started on
 * or before it, so a start limit after that day (today when none is given) could find nothing.
 */
export function readFilterDates(
  typed: Record<DateField, DateParts>,
  today: string,
): { dates: Record<DateField, string>; problems: Partial<Record<DateField, string>> } {
  const problems: Partial<Record<DateField, string>> = {};
  const dates = { activeOn: '', signedAfter: '' };
  const labels: Record<DateField, string> = {
    activeOn: 'The date in force',
    signedAfter: 'The start date',
  };
  for (const field of ['activeOn', 'signedAfter'] as const) {
    const reading = readDate(typed[field], labels[field]);
    if (reading.kind === 'invalid') problems[field] = reading.message;
    if (reading.kind === 'date') dates[field] = reading.iso;
  }
  const inForce = dates.activeOn || today;
  if (dates.signedAfter && !problems.activeOn && dates.signedAfter > inForce) {
    problems.signedAfter = `The start date must be on or before ${dates.activeOn ? 'the date in force' : 'today'}, ${formatDate(inForce)}`;
  }
  return { dates, problems };
}
