import type { ProductCategory } from '../catalogue/catalogue.enums.js';
import type { Sql } from './benchmark.service.js';

/** Whose prices a viewer may compare, and which lines. */
export type ComparableScope = {
  /** The viewer's trust (its prices are always its own to see); null for central users. */
  ownTrustId: string | null;
  central: boolean;
  /** The fewest trusts whose anonymous prices may count together. */
  k: number;
  /** Lines of contracts in force on this day. */
  today: string;
  categories: readonly ProductCategory[];
  /**
   * Only what is bought in one area (a trust, ICB or region): lines of the products and roles its
   * trusts buy, nationally. Every group keeps all of its lines, so every figure is the same as
   * without it; the database just leaves the other groups out early.
   */
  focus?: { column: 'ods_code' | 'icb_code' | 'region_code'; code: string } | null;
  /**
   * Only some trusts' contracts, as a benchmark's filter (`today` is then the day in force): the
   * anonymity of each group is counted among them, so a filter cannot single a trust out.
   */
  trusts?: {
    regionCodes?: readonly string[] | null;
    icbCodes?: readonly string[] | null;
    trustTypes?: readonly string[] | null;
    signedAfter?: string | null;
  } | null;
};

/**
 * `with eligible …, anonymity …, obs as (…)`: every line comparable like for like, one row each,
 * grouped (`g`) by product (or, for day rates, role and grade) and unit, with its price (a year
 * of one unit; day rates a day). `obs` keeps what the viewer may compare with: their own lines,
 * NAMED ones, and ANONYMOUS ones of groups with k or more trusts' (everything for central users).
 * Never: drafts, suppressed lines, one-off charges other than day rates, lines without a product
 * or role.
 */
export function comparableSql(s: ComparableScope): Sql {
  const categories = s.categories.length
    ? `and l.category in (${s.categories.map(() => '?').join(', ')})`
    : '';
  // The focus: the products (or roles, for day rates) bought by the area's trusts.
  const bought = (what: string, join: string) => `select ${what} from contract_line fl
    join contract fc on fc.id = fl.contract_id join organisation fo on fo.id = fc.buyer_id ${join}
    where fo.${s.focus!.column} = ? and fc.status <> 'DRAFT'`;
  const focus = s.focus
    ? `and (pv.product_id in (${bought('fv.product_id', 'join product_version fv on fv.id = fl.product_version_id')})
          or lower(l.role) in (${bought('lower(fl.role)', '')} and fl.role is not null))`
    : '';
  const narrowed: string[] = [];
  const narrowing: unknown[] = [];
  const within = (column: string, values: readonly string[] | null | undefined) => {
    if (!values?.length) return;
    narrowed.push(`and ${column} in (${values.map(() => '?').join(', ')})`);
    narrowing.push(...values);
  };
  within('o.region_code', s.trusts?.regionCodes);
  within('o.icb_code', s.trusts?.icbCodes);
  within('o.trust_type', s.trusts?.trustTypes);
  if (s.trusts?.signedAfter) {
    narrowed.push('and c.start_date >= ?');
    narrowing.push(s.trusts.signedAfter);
  }
  return {
    text: `with eligible as (
        select l.id as line_id, l.line_reference, c.id as contract_id, c.reference, c.buyer_id, c.supplier_id,
          c.price_visibility as visibility, coalesce(c.buyer_id = ?, false) as own,
          o.name as buyer_name, o.ods_code, o.icb_code, o.region_code, s.name as supplier_name,
          l.category, l.pricing_unit, l.quantity, l.annual_cost, l.ceiling_annual_unit_price as ceiling,
          pv.product_id, l.role as service_role, l.grade,
          coalesce(p.name, l.role || coalesce(' (' || l.grade || ')', '')) as item,
          coalesce(pv.product_id::text, 'role:' || lower(l.role) || ':' || coalesce(lower(l.grade), ''))
            || ':' || l.pricing_unit as g,
          case when l.pricing_unit = 'PER_DAY' then l.net_unit_price else l.annual_unit_price end as price
        from contract_line l
        join contract c on c.id = l.contract_id
        join organisation o on o.id = c.buyer_id
        join supplier s on s.id = c.supplier_id
        left join product_version pv on pv.id = l.product_version_id
        left join product p on p.id = pv.product_id
        where c.status <> 'DRAFT' and not l.suppressed and c.start_date <= ? and c.end_date >= ?
          and (l.pricing_unit = 'PER_DAY' or l.billing_period <> 'ONE_OFF')
          and (pv.product_id is not null or (l.pricing_unit = 'PER_DAY' and l.role is not null))
          ${categories}
          ${focus}
          ${narrowed.join(' ')}
      ),
      anonymity as (
        select g, count(distinct buyer_id) filter (where visibility = 'ANONYMOUS' and not own) as trusts
        from eligible group by g
      ),
      obs as (
        select e.* from eligible e join anonymity a using (g)
        where ?::boolean or e.own or e.visibility = 'NAMED' or (e.visibility = 'ANONYMOUS' and a.trusts >= ?)
      )`,
    params: [
      s.ownTrustId,
      s.today,
      s.today,
      ...s.categories,
      ...(s.focus ? [s.focus.code, s.focus.code] : []),
      ...narrowing,
      s.central,
      s.k,
    ],
  };
}
