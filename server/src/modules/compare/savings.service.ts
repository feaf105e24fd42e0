import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { todayInEngland } from '../../core/dates.js';
import { badInput, DomainError, ErrorCode } from '../../core/errors.js';
import { gbp } from '../../core/money.js';
import { writeAudit } from '../audit/audit.service.js';
import type { PricingUnit, ProductCategory } from '../catalogue/catalogue.enums.js';
import { Role } from '../identity/role.js';
import { BENCHMARK_READERS, quantile, rows, type Sql } from './benchmark.service.js';
import { comparableSql, type ComparableScope } from './comparable.js';
import { SavingsTarget } from './benchmark.types.js';
import {
  SavingsScope,
  type SavingsOpportunities,
  type SavingsOpportunitiesInput,
  type SavingsTotal,
} from './savings.types.js';

type OpportunityRow = {
  contract_id: string;
  reference: string;
  line_reference: string;
  buyer_name: string;
  ods_code: string;
  supplier_name: string;
  product_id: string | null;
  service_role: string | null;
  grade: string | null;
  item: string;
  category: ProductCategory;
  pricing_unit: PricingUnit;
  quantity: string;
  price: string;
  target_price: string;
  saving: string;
  trusts: number;
};
type TotalRow = { key: string; label: string; lines: number; saving: string };

/**
 * Lines priced above a target, in the database. A line is compared with the others for the same
 * product (or, for day rates, the same role and grade) in the same unit, in force today; the
 * target comes from what the viewer may see of them, with the benchmark's rules (other trusts'
 * PRIVATE prices never, ANONYMOUS ones only from k trusts or more), and only from groups with at
 * least two trusts. Saving a year: (price − target) ÷ price of the line's annual cost.
 */
export class SavingsService {
  constructor(private readonly ctx: Context) {}

  async opportunities(input: SavingsOpportunitiesInput): Promise<SavingsOpportunities> {
    const viewer = policy.actingAs(this.ctx.viewer, BENCHMARK_READERS);
    const central = viewer.membership.role === Role.CENTRAL_COMMERCIAL;
    const ownTrust = central ? null : ((await viewer.membership.organisation?.load()) ?? null);
    let code = input.code?.trim().toUpperCase() || null;
    if (!central) {
      if (input.scope !== SavingsScope.TRUST) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Trust users see their own trust’s savings: use TRUST.');
      }
      if (code && code !== ownTrust?.odsCode) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Trust users see their own trust’s savings only.');
      }
      code = ownTrust!.odsCode;
    }
    if (input.scope !== SavingsScope.NATIONAL && !code) {
      throw badInput('input.code', 'Give the ODS, ICB or region code to look in.');
    }
    const first = input.first ?? 100;
    if (first < 1 || first > 500) throw badInput('input.first', 'List from 1 to 500 opportunities.');

    const scope: OpportunityScope = {
      ownTrustId: ownTrust?.id ?? null,
      central,
      k: this.ctx.config.benchmarkMinTrusts,
      today: todayInEngland(),
      scope: input.scope,
      code,
      target: input.target,
      categories: [...(input.categories ?? [])].sort(),
    };
    const em = this.ctx.em;
    const answer = await this.ctx.comparisons.answer(em, ['savings', scope, first], () =>
      this.computed(scope, first),
    );
    if (!central) {
      await writeAudit(em, this.ctx.viewer, this.ctx.requestId, {
        action: 'viewSavingsOpportunities',
        entityType: 'Organisation',
        entityId: ownTrust!.id,
        after: { scope: input.scope, target: input.target, categories: input.categories ?? null },
      });
    }
    return answer;
  }

  private async computed(scope: OpportunityScope, first: number): Promise<SavingsOpportunities> {
    const base = opportunitiesSql(scope);
    const em = this.ctx.em;
    // One statement: the CTEs are computed once and every part of the answer read from them.
    const totalsOf = (
      key: string,
      label: string,
      join = '',
    ) => `(select coalesce(json_agg(t order by t.saving_n desc, t.label), '[]')
        from (select ${key} as key, ${label} as label, count(*)::int as lines, round(sum(saving), 2)::text as saving,
          sum(saving) as saving_n from opps ${join} group by ${key}, ${label}) t)`;
    const [answer] = await rows<{
      listed: OpportunityRow[];
      lines: number;
      saving: string;
      by_trust: TotalRow[];
      by_region: TotalRow[];
      by_icb: TotalRow[];
      by_category: TotalRow[];
      by_supplier: TotalRow[];
    }>(em, {
      text: `${base.text}
        select
          (select coalesce(json_agg(x order by x.saving_n desc, x.reference, x.line_reference), '[]') from (
            select contract_id, reference, line_reference, buyer_name, ods_code, supplier_name, product_id, service_role,
              grade, item, category, pricing_unit, quantity::text, price::text, target_price::text,
              round(saving, 2)::text as saving, saving as saving_n, trusts
            from opps order by opps.saving desc, opps.reference, opps.line_reference limit ?) x) as listed,
          (select count(*)::int from opps) as lines,
          (select coalesce(round(sum(saving), 2), 0)::text from opps) as saving,
          ${totalsOf('ods_code', 'buyer_name')} as by_trust,
          ${totalsOf('a.code', 'a.name', 'join region a on a.code = opps.region_code')} as by_region,
          ${totalsOf('a.code', 'a.name', 'join icb a on a.code = opps.icb_code')} as by_icb,
          ${totalsOf('category', 'category')} as by_category,
          ${totalsOf('supplier_id::text', 'supplier_name')} as by_supplier`,
      params: [...base.params, first],
    });
    const asTotals = (list: TotalRow[]): SavingsTotal[] =>
      list.map((t) => ({ key: t.key, label: t.label, lineCount: t.lines, annualSaving: gbp(t.saving) }));
    const listed = answer!.listed;
    return {
      scope: scope.scope,
      code: scope.code,
      target: scope.target,
      lineCount: answer!.lines,
      totalAnnualSaving: gbp(answer!.saving),
      opportunities: listed.map((o) => ({
        contractId: o.contract_id,
        contractReference: o.reference,
        lineReference: o.line_reference,
        trustName: o.buyer_name,
        trustOdsCode: o.ods_code,
        supplierName: o.supplier_name,
        productId: o.product_id,
        serviceRole: o.product_id ? null : o.service_role,
        grade: o.product_id ? null : o.grade,
        item: o.item,
        category: o.category,
        pricingUnit: o.pricing_unit,
        quantity: o.quantity,
        unitPrice: gbp(o.price),
        targetPrice: gbp(o.target_price),
        annualSaving: gbp(o.saving),
        comparedTrusts: o.trusts,
      })),
      byTrust: asTotals(answer!.by_trust),
      byRegion: asTotals(answer!.by_region),
      byIcb: asTotals(answer!.by_icb),
      byCategory: asTotals(answer!.by_category),
      bySupplier: asTotals(answer!.by_supplier),
    };
  }
}

type OpportunityScope = ComparableScope & { scope: SavingsScope; code: string | null; target: SavingsTarget };

/** `with … opps as (…)`: every line in scope above its group's target, with its saving a year. */
function opportunitiesSql(s: OpportunityScope): Sql {
  const column = ({ TRUST: 'ods_code', ICB: 'icb_code', REGION: 'region_code', NATIONAL: null } as const)[
    s.scope
  ];
  const comparable = comparableSql({ ...s, focus: column && s.code ? { column, code: s.code } : null });
  const params: unknown[] = [...comparable.params];
  const inScope = {
    [SavingsScope.TRUST]: 'e.ods_code = ?',
    [SavingsScope.ICB]: 'e.icb_code = ?',
    [SavingsScope.REGION]: 'e.region_code = ?',
    [SavingsScope.NATIONAL]: 'true',
  }[s.scope];
  // The scope's code, for the groups in scope and again for the lines.
  if (s.scope !== SavingsScope.NATIONAL) params.push(s.code, s.code);
  const target = {
    [SavingsTarget.MEDIAN]: 't.median',
    [SavingsTarget.LOWER_QUARTILE]: 't.lower_quartile',
    [SavingsTarget.BEST]: 't.best',
    [SavingsTarget.CEILING]: 'e.ceiling',
  }[s.target];
  return {
    text: `${comparable.text},
      in_scope as (select distinct g from obs e where ${inScope}),
      ranked as (
        select g, price, row_number() over (partition by g order by price) - 1 as i,
          count(*) over (partition by g) as n
        from obs join in_scope using (g)
      ),
      targets as (
        select g, min(price) as best, ${quantile('0.25')} as lower_quartile, ${quantile('0.5')} as median
        from ranked group by g
      ),
      groups as (select g, count(distinct buyer_id)::int as trusts from obs join in_scope using (g) group by g),
      opps as (
        select e.*, ${target} as target_price, gr.trusts,
          (e.price - ${target}) / e.price * e.annual_cost as saving
        from obs e join targets t using (g) join groups gr using (g)
        where ${inScope} and gr.trusts >= 2 and e.price > 0 and ${target} is not null and e.price > ${target}
      )`,
    params,
  };
}
