import type { EntityManager } from '@mikro-orm/sql';
import { raw, rows, sql, type Sql } from '../../core/sql.js';
import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { todayInEngland } from '../../core/dates.js';
import { badInput } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { gbp } from '../../core/money.js';
import { writeAudit } from '../audit/audit.service.js';
import { PricingUnit, type ProductCategory } from '../catalogue/catalogue.enums.js';
import { Role } from '../identity/role.js';
import {
  SavingsTarget,
  type BenchmarkCeiling,
  type BenchmarkPoint,
  type OwnBenchmarkLine,
  type PriceBenchmark,
  type PriceBenchmarkInput,
} from './benchmark.types.js';

/** Who may compare prices across trusts: trust procurement leads and central commercial teams. */
export const BENCHMARK_READERS = [Role.TRUST_PROCUREMENT, Role.CENTRAL_COMMERCIAL];

/** What one comparison is about, checked: exactly one subject, in one unit. */
type Subject =
  | { kind: 'product'; id: string }
  | { kind: 'version'; id: string }
  | { kind: 'category'; category: ProductCategory }
  | { kind: 'role'; role: string; grade: string | null };

export function subjectOf(input: PriceBenchmarkInput): Subject {
  const given = [input.productId, input.productVersionId, input.category, input.serviceRole].filter(
    (v) => v != null && v !== '',
  ).length;
  if (given !== 1) {
    throw badInput(
      'input',
      'Say what to compare: exactly one of productId, productVersionId, category or serviceRole.',
    );
  }
  if (input.grade != null && input.serviceRole == null) {
    throw badInput('input.grade', 'A grade narrows a serviceRole: give the role too.');
  }
  if (input.productId) return { kind: 'product', id: checkedId('input.productId', input.productId) };
  if (input.productVersionId) {
    return { kind: 'version', id: checkedId('input.productVersionId', input.productVersionId) };
  }
  if (input.category) return { kind: 'category', category: input.category };
  if (input.pricingUnit !== PricingUnit.PER_DAY) {
    throw badInput('input.pricingUnit', 'Day rates for a role are priced PER_DAY.');
  }
  const role = input.serviceRole!.trim();
  if (!role) throw badInput('input.serviceRole', 'Name the role, for example "Solution architect".');
  return { kind: 'role', role, grade: input.grade?.trim() || null };
}

function checkedId(argument: string, id: string): string {
  if (!isUuid(id)) throw badInput(argument, 'There is no such product.');
  return id;
}

/**
 * The figures behind a comparison are computed in the database (docs/compare.md). One line is one
 * observation: its annual unit price (day rates: its net price a day). Never counted: drafts,
 * suppressed lines, one-off charges other than day rates, and, for trust users, other trusts'
 * PRIVATE contracts. Other trusts' ANONYMOUS prices count only when at least k trusts' do; NAMED
 * prices are named.
 */
export class BenchmarkService {
  constructor(private readonly ctx: Context) {}

  async priceBenchmark(input: PriceBenchmarkInput): Promise<PriceBenchmark> {
    const viewer = policy.actingAs(this.ctx.viewer, BENCHMARK_READERS);
    const subject = subjectOf(input);
    const central = viewer.membership.role === Role.CENTRAL_COMMERCIAL;
    const ownTrust = central ? null : (viewer.membership.organisation?.id ?? null);
    const activeOn = input.filter?.activeOn ?? todayInEngland();
    const k = this.ctx.config.benchmarkMinTrusts;
    const em = this.ctx.em;
    const scope = { subject, input, activeOn, ownTrust, central, anonymous: true };

    // Kept while nothing it reads has changed (ADR 0012): the same trust asking again, or paging
    // back to the product, costs one small statement; answers hold about 10 values a price.
    const answer = await this.ctx.comparisons.answer(
      em,
      ['priceBenchmark', ownTrust, central, k, activeOn, input],
      () => this.computed(scope, k),
      (computed) => 10 * computed.points.length,
    );
    // Every cross-trust view by a trust user is on the record, with whether prices were withheld.
    if (!central) {
      await writeAudit(em, this.ctx.viewer, this.ctx.requestId, {
        action: 'viewPriceBenchmark',
        entityType: subject.kind === 'role' || subject.kind === 'category' ? 'Benchmark' : 'Product',
        entityId: subject.kind === 'product' || subject.kind === 'version' ? subject.id : describe(subject),
        after: {
          ...input,
          filter: input.filter ? { ...input.filter } : null,
          anonymousWithheld: answer.anonymousWithheld,
        },
      });
    }
    return answer;
  }

  /** The comparison computed: one statement (the figures, the points, the ceilings, the own lines, the name). */
  private async computed(scope: Scope, k: number): Promise<PriceBenchmark> {
    const { subject, input, activeOn, ownTrust } = scope;
    const [found] = await rows<BenchmarkRow>(this.ctx.em, benchmarkSql(scope, k));
    const row = found!;
    if ((subject.kind === 'product' || subject.kind === 'version') && row.subject_name === null) {
      throw badInput('input', 'There is no such product.');
    }
    const withheld = row.withheld;
    const summary = row.lines ? row : null;
    const ceilings = row.ceilings;
    const lowestCeiling = row.lowest_ceiling;
    const own = ownTrust && summary ? row.own : [];
    const points = row.points;

    const lines = summary?.lines ?? 0;
    return {
      subject: row.subject_name ?? describeSubject(subject),
      pricingUnit: input.pricingUnit,
      activeOn,
      trustCount: row.trusts,
      lineCount: lines,
      summary:
        summary && lines
          ? {
              minimum: gbp(summary.minimum!),
              lowerQuartile: gbp(summary.lower_quartile!),
              median: gbp(summary.median!),
              upperQuartile: gbp(summary.upper_quartile!),
              maximum: gbp(summary.maximum!),
              mean: gbp(summary.mean!),
            }
          : null,
      minimumAnonymousTrusts: k,
      anonymousWithheld: withheld,
      ceilings: ceilings.map((c): BenchmarkCeiling => ({
        frameworkReference: c.reference,
        frameworkTitle: c.title,
        lotNumber: c.lot_number,
        supplierName: c.supplier_name,
        annualUnitPrice: gbp(c.annual),
        banded: c.banded,
      })),
      ownLines: own.map((o): OwnBenchmarkLine => ({
        contractId: o.contract_id,
        contractReference: o.reference,
        lineReference: o.line_reference,
        annualUnitPrice: gbp(o.price),
        quantity: o.quantity,
        percentile: Number(o.percentile),
      })),
      savings:
        ownTrust && summary && lines
          ? [
              { target: SavingsTarget.MEDIAN, targetPrice: gbp(summary.median!), column: 'median' as const },
              {
                target: SavingsTarget.LOWER_QUARTILE,
                targetPrice: gbp(summary.lower_quartile!),
                column: 'lower_quartile' as const,
              },
              { target: SavingsTarget.BEST, targetPrice: gbp(summary.minimum!), column: 'best' as const },
              {
                target: SavingsTarget.CEILING,
                targetPrice: lowestCeiling === null ? null : gbp(lowestCeiling),
                column: 'ceiling' as const,
              },
            ].map(({ column, ...saving }) => ({
              ...saving,
              annualSaving: gbp(own[0]?.[`total_${column}`] ?? '0.00'),
            }))
          : [],
      points: points.map((p): BenchmarkPoint => ({
        annualUnitPrice: gbp(p.price),
        quantity: p.quantity,
        trustName: p.trust_name,
        trustOdsCode: p.ods_code,
        supplierName: p.supplier_name,
        own: p.own,
      })),
    };
  }
}

type Scope = {
  subject: Subject;
  input: PriceBenchmarkInput;
  activeOn: string;
  ownTrust: string | null;
  central: boolean;
  anonymous: boolean;
};

type SummaryRow = {
  trusts: number;
  lines: number;
  minimum: string | null;
  lower_quartile: string | null;
  median: string | null;
  upper_quartile: string | null;
  maximum: string | null;
  mean: string | null;
};
type PointRow = {
  price: string;
  quantity: string;
  own: boolean;
  trust_name: string | null;
  ods_code: string | null;
  supplier_name: string | null;
};
type CeilingRow = {
  reference: string;
  title: string;
  lot_number: number;
  supplier_name: string;
  annual: string;
  banded: boolean;
};
type BenchmarkRow = SummaryRow & {
  withheld: boolean;
  subject_name: string | null;
  points: PointRow[];
  ceilings: CeilingRow[];
  lowest_ceiling: string | null;
  own: OwnRow[];
};
type OwnRow = {
  contract_id: string;
  reference: string;
  line_reference: string;
  price: string;
  quantity: string;
  percentile: string;
  total_median: string;
  total_lower_quartile: string;
  total_best: string;
  total_ceiling: string;
};

/** Whom a point may name: the viewer's own, NAMED contracts, and everything for central users. */
const NAMED = `(own or central or visibility = 'NAMED')`;

export { rows, type Sql };

/**
 * The observations the scope allows, one row per line, with the buyer, the supplier and whether
 * the viewer may name them.
 */
function observationsSql(scope: Scope): Sql {
  const perDay = scope.input.pricingUnit === PricingUnit.PER_DAY;
  const where: string[] = [
    `c.status <> 'DRAFT'`,
    'not l.suppressed',
    'l.pricing_unit = ?',
    'c.start_date <= ?',
    'c.end_date >= ?',
  ];
  const params: unknown[] = [scope.input.pricingUnit, scope.activeOn, scope.activeOn];
  // A day rate is compared as charged, a day at a time; anything else as a year of one unit.
  if (!perDay) where.push(`l.billing_period <> 'ONE_OFF'`);
  const s = scope.subject;
  if (s.kind === 'product') {
    where.push('l.product_version_id in (select id from product_version where product_id = ?)');
    params.push(s.id);
  } else if (s.kind === 'version') {
    where.push('l.product_version_id = ?');
    params.push(s.id);
  } else if (s.kind === 'category') {
    where.push('l.category = ?');
    params.push(s.category);
  } else {
    where.push('lower(l.role) = lower(?)');
    params.push(s.role);
    if (s.grade) {
      where.push('lower(l.grade) = lower(?)');
      params.push(s.grade);
    }
  }
  const f = scope.input.filter;
  const within = (column: string, values: readonly string[] | null | undefined) => {
    if (!values?.length) return;
    where.push(`${column} in (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  within('o.region_code', f?.regionCodes);
  within('o.icb_code', f?.icbCodes);
  within('o.trust_type', f?.trustTypes);
  if (f?.signedAfter) {
    where.push('c.start_date >= ?');
    params.push(f.signedAfter);
  }
  if (!scope.central) {
    const visible = [`c.buyer_id = ?`, `c.price_visibility = 'NAMED'`];
    if (scope.anonymous) visible.push(`c.price_visibility = 'ANONYMOUS'`);
    where.push(`(${visible.join(' or ')})`);
    params.push(scope.ownTrust);
  }
  return {
    text: `select l.id as line_id, l.line_reference, c.id as contract_id, c.reference,
          ${perDay ? 'l.net_unit_price' : 'l.annual_unit_price'} as price, l.quantity, l.annual_cost,
          l.ceiling_annual_unit_price as line_ceiling,
          c.buyer_id, o.name as buyer_name, o.ods_code, s.name as supplier_name,
          c.price_visibility as visibility, coalesce(c.buyer_id = ?, false) as own, ?::boolean as central
        from contract_line l
        join contract c on c.id = l.contract_id
        join organisation o on o.id = c.buyer_id
        join supplier s on s.id = c.supplier_id
        where ${where.join(' and ')}`,
    params: [scope.ownTrust, scope.central, ...params],
  };
}

/**
 * Quartiles interpolated between the nearest ranks, as `percentile_cont` does, but in exact
 * numeric arithmetic (percentile_cont works in floating point): for n sorted prices x₀…xₙ₋₁ the
 * p-quantile is x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋), h = (n − 1)p.
 */
export function quantile(p: string): string {
  const h = `((n - 1) * ${p}::numeric)`;
  return `round(sum(case when i = floor(${h}) then price * (1 - (${h} - floor(${h})))
    when i = floor(${h}) + 1 then price * (${h} - floor(${h})) else 0 end), 4)`;
}

/**
 * The same quantile of an ascending array of prices `xs` (n of them): two subscripts, no sorting of
 * rows by a window (a benchmark's summary in one pass over its lines).
 */
function quantileOfSorted(p: string): string {
  const h = `((n - 1) * ${p}::numeric)`;
  const low = `xs[floor(${h})::int + 1]`;
  return `round(${low} + (${h} - floor(${h})) * (coalesce(xs[floor(${h})::int + 2], ${low}) - ${low}), 4)`;
}

/** `summary`: the count, spread and mean of the prices in `obs`, each quartile as `quantile` gives it. */
const SUMMARY = `sorted as (
    select count(*)::int as n, min(price) as minimum, max(price) as maximum, round(avg(price), 4) as mean,
      array_agg(price order by price) as xs
    from obs),
  summary as (
    select n as lines, minimum, ${quantileOfSorted('0.25')} as lower_quartile, ${quantileOfSorted('0.5')} as median,
      ${quantileOfSorted('0.75')} as upper_quartile, maximum, mean
    from sorted)`;

function summarySql(): Sql {
  return {
    text: `, ${SUMMARY}
      select (select count(distinct buyer_id) from obs)::int as trusts, lines, minimum::text,
        lower_quartile::text, median::text, upper_quartile::text, maximum::text, mean::text
      from summary`,
    params: [],
  };
}

/**
 * The summary of a list of prices by the same SQL as a benchmark's: for tests of the quartiles
 * against hand-worked figures and PostgreSQL's `percentile_cont`.
 */
export async function summaryOf(em: EntityManager, prices: readonly string[]) {
  const [row] = await rows<SummaryRow>(em, {
    text: `with obs as (select x as price, 'one' as buyer_id from unnest(?::numeric[]) as x) ${summarySql().text}`,
    params: [`{${prices.join(',')}}`],
  });
  const n = (v: string | null) => (v === null ? null : Number(v));
  return {
    minimum: n(row!.minimum),
    lowerQuartile: n(row!.lower_quartile),
    median: n(row!.median),
    upperQuartile: n(row!.upper_quartile),
    maximum: n(row!.maximum),
    mean: n(row!.mean),
  };
}

/** What a trust would save a year on line `o` at a target price: (price − target) ÷ price of its annual cost. */
const saving = (target: string) =>
  `case when o.price > ${target} and o.price > 0 then (o.price - ${target}) / o.price * o.annual_cost else 0 end`;

/**
 * The whole benchmark in one statement. `seen`: the lines the viewer may see, other trusts'
 * anonymous prices included; `obs`: the same without those when fewer than k trusts have them (for
 * a trust user: in every figure or in none). Then the figures, the points, the ceilings in force,
 * the viewer's own lines, each with its percentile among all the prices (below it, and half of those
 * equal to it, ranked once for all of them), what they would cost less
 * a year at each target, and the subject's name (null when there is no such product).
 */
function benchmarkSql(scope: Scope, k: number): Sql {
  const ceiling = `coalesce(o.line_ceiling, (select annual::numeric from lowest))`;
  const s = scope.subject;
  const name =
    s.kind === 'product'
      ? sql`(select name from product where id = ${s.id})`
      : s.kind === 'version'
        ? sql`(select p.name || ' ' || v.version from product_version v join product p on p.id = v.product_id where v.id = ${s.id})`
        : raw('null::text');
  return sql`with seen as materialized (${observationsSql(scope)}),
    flags as (
      select count(distinct buyer_id) filter (where visibility = 'ANONYMOUS' and not own)::int as anonymous
      from seen),
    withheld as (select not ${scope.central} and anonymous > 0 and anonymous < ${k} as withheld from flags),
    obs as materialized (
      select seen.* from seen cross join withheld
      where not (withheld.withheld and seen.visibility = 'ANONYMOUS' and not seen.own)),
    ${raw(SUMMARY)},
    ceilings as (${ceilingSql(scope.subject, scope.input.pricingUnit, scope.activeOn)}),
    lowest as (select annual from ceilings order by annual::numeric, reference, lot_number, supplier_name limit 1),
    placed as (
      select line_id, rank() over (order by price) - 1 as below, count(*) over (partition by price) as same,
        count(*) over () as n
      from obs),
    own_lines as (
      select o.contract_id, o.reference, o.line_reference, o.price::text as price, o.quantity::text as quantity,
        o.price as sort_price,
        round(100.0 * (p.below + p.same / 2.0) / p.n, 1)::text as percentile,
        round(sum(${raw(saving('s.median'))}) over (), 2)::text as total_median,
        round(sum(${raw(saving('s.lower_quartile'))}) over (), 2)::text as total_lower_quartile,
        round(sum(${raw(saving('s.minimum'))}) over (), 2)::text as total_best,
        round(sum(case when ${raw(ceiling)} is null then 0 else ${raw(saving(ceiling))} end) over (), 2)::text as total_ceiling
      from obs o join placed p on p.line_id = o.line_id cross join summary s
      where o.own)
    select w.withheld, (select count(distinct buyer_id) from obs)::int as trusts, s.lines, s.minimum::text,
      s.lower_quartile::text, s.median::text, s.upper_quartile::text, s.maximum::text, s.mean::text,
      coalesce((select json_agg(json_build_object('price', price::text, 'quantity', quantity::text, 'own', own,
          'trust_name', case when ${raw(NAMED)} then buyer_name end,
          'ods_code', case when ${raw(NAMED)} then ods_code end,
          'supplier_name', case when ${raw(NAMED)} then supplier_name end)
        order by price, own desc, buyer_name, line_id) from obs), '[]') as points,
      coalesce((select json_agg(c order by c.annual::numeric, c.reference, c.lot_number, c.supplier_name)
        from ceilings c), '[]') as ceilings,
      (select annual from lowest) as lowest_ceiling,
      coalesce((select json_agg(x order by x.sort_price desc, x.reference, x.line_reference) from own_lines x), '[]') as own,
      ${name} as subject_name
    from withheld w cross join summary s`;
}

/** Ceilings in force on the day for the same thing and unit, on published frameworks. */
function ceilingSql(subject: Subject, pricingUnit: PricingUnit, day: string): Sql {
  const where = [
    `f.status = 'PUBLISHED'`,
    'f.start_date <= ?',
    'f.end_date >= ?',
    'p.pricing_unit = ?',
    'p.valid_from <= ?',
    '(p.valid_to is null or p.valid_to >= ?)',
  ];
  const params: unknown[] = [day, day, pricingUnit, day, day];
  if (pricingUnit !== PricingUnit.PER_DAY) where.push(`p.billing_period <> 'ONE_OFF'`);
  if (subject.kind === 'product') {
    where.push('v.product_id = ?');
    params.push(subject.id);
  } else if (subject.kind === 'version') {
    where.push('v.id = ?');
    params.push(subject.id);
  } else if (subject.kind === 'category') {
    where.push('pr.category = ?');
    params.push(subject.category);
  } else {
    where.push('lower(p.role) = lower(?)');
    params.push(subject.role);
    if (subject.grade) {
      where.push('lower(p.grade) = lower(?)');
      params.push(subject.grade);
    }
  }
  const annual =
    pricingUnit === PricingUnit.PER_DAY
      ? 'p.ceiling_unit_price'
      : `p.ceiling_unit_price * case p.billing_period when 'MONTHLY' then 12 else 1 end`;
  return {
    text: `select f.reference, f.title, lt.number as lot_number, s.name as supplier_name,
        min(${annual})::text as annual, bool_or(p.tiers is not null) as banded
      from catalogue_price p
      join lot_award a on a.id = p.award_id
      join lot lt on lt.id = a.lot_id
      join framework f on f.id = lt.framework_id
      join supplier s on s.id = a.supplier_id
      join product_version v on v.id = p.product_version_id
      join product pr on pr.id = v.product_id
      where ${where.join(' and ')}
      group by f.reference, f.title, lt.number, s.name
      order by min(${annual}), f.reference, lt.number, s.name`,
    params,
  };
}

function describe(subject: Subject): string {
  switch (subject.kind) {
    case 'category':
      return subject.category;
    case 'role':
      return subject.grade ? `${subject.role} (${subject.grade})` : subject.role;
    default:
      return subject.id;
  }
}

/** What a category or a role's comparison is called (a product's is its name). */
function describeSubject(subject: Subject): string {
  return subject.kind === 'category'
    ? `Everything in ${subject.category}`
    : `Day rates: ${describe(subject)}`;
}
