import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { todayInEngland } from '../../core/dates.js';
import { gbp } from '../../core/money.js';
import { Role } from '../identity/role.js';
import { rows } from './benchmark.service.js';
import type {
  FrameworkAlternative,
  FrameworkUptake,
  FrameworkUptakeInput,
  UptakeShare,
} from './uptake.types.js';

type ShareRow = {
  key: string;
  label: string;
  contracts: number;
  on_framework: number;
  spend: string;
  on_spend: string;
};

const SHARE_COLUMNS = `count(distinct k.id)::int as contracts,
  count(distinct k.id) filter (where k.award_id is not null)::int as on_framework,
  round(coalesce(sum(k.cost), 0), 2)::text as spend,
  round(coalesce(sum(k.cost) filter (where k.award_id is not null), 0), 2)::text as on_spend`;

/**
 * Framework uptake for central users, in SQL: contracts in force on the day (not drafts), each
 * costing the sum of its lines' annual costs; a call-off is a contract with a lot award.
 */
export class UptakeService {
  constructor(private readonly ctx: Context) {}

  async frameworkUptake(input: FrameworkUptakeInput): Promise<FrameworkUptake> {
    policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL]);
    const day = input.activeOn ?? todayInEngland();
    return this.ctx.comparisons.answer(this.ctx.em, ['uptake', day], () => this.computed(day));
  }

  private async computed(day: string): Promise<FrameworkUptake> {
    // One statement: the contracts are read once, and every part of the answer from them.
    const shares = (
      select: string,
    ) => `(select coalesce(json_agg(t order by t.spend_n desc, t.label), '[]') from (
        ${select.replace('select ', `select sum(k.cost) as spend_n, `)}) t)`;
    const [answer] = await rows<{
      total: ShareRow;
      by_region: ShareRow[];
      by_category: ShareRow[];
      by_framework: ShareRow[];
      alternatives: {
        id: string;
        reference: string;
        trust_name: string;
        supplier_name: string;
        spend: string;
        frameworks: string[];
      }[];
    }>(this.ctx.em, {
      text: `with k as (
          select c.id, c.reference, c.award_id, c.buyer_id, c.supplier_id, l.category, l.product_version_id,
            l.annual_cost as cost
          from contract c join contract_line l on l.contract_id = c.id
          where c.status <> 'DRAFT' and c.start_date <= ? and c.end_date >= ?
        ),
        off as (
          select id, reference, buyer_id, supplier_id, sum(cost) as spend from k
          where award_id is null group by id, reference, buyer_id, supplier_id
        ),
        alt as (
          select distinct k.id, f.reference
          from k
          join product_version v on v.id = k.product_version_id
          join product_version pv2 on pv2.product_id = v.product_id
          join catalogue_price p on p.product_version_id = pv2.id and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)
          join lot_award a on a.id = p.award_id join lot lt on lt.id = a.lot_id join framework f on f.id = lt.framework_id
          where k.award_id is null and f.status = 'PUBLISHED' and f.start_date <= ? and f.end_date >= ?
        )
        select
          (select row_to_json(t) from (select 'ALL' as key, 'All contracts' as label, ${SHARE_COLUMNS} from k) t) as total,
          ${shares(`select r.code as key, r.name as label, ${SHARE_COLUMNS}
            from k join organisation o on o.id = k.buyer_id join region r on r.code = o.region_code
            group by r.code, r.name`)} as by_region,
          ${shares(`select k.category as key, k.category as label, ${SHARE_COLUMNS} from k group by k.category`)} as by_category,
          ${shares(`select f.reference as key, f.title as label, ${SHARE_COLUMNS}
            from k join lot_award a on a.id = k.award_id join lot lt on lt.id = a.lot_id
            join framework f on f.id = lt.framework_id group by f.reference, f.title`)} as by_framework,
          (select coalesce(json_agg(x order by x.spend_n desc, x.reference), '[]') from (
            select off.id, off.reference, o.name as trust_name, s.name as supplier_name,
              round(off.spend, 2)::text as spend, off.spend as spend_n,
              array_agg(alt.reference order by alt.reference) as frameworks
            from off join alt on alt.id = off.id join organisation o on o.id = off.buyer_id
            join supplier s on s.id = off.supplier_id
            group by off.id, off.reference, o.name, s.name, off.spend
            order by off.spend desc, off.reference limit 100) x) as alternatives`,
      params: [day, day, day, day, day, day],
    });
    const share = (r: ShareRow): UptakeShare => ({
      key: r.key,
      label: r.label,
      contracts: r.contracts,
      onFrameworkContracts: r.on_framework,
      annualSpend: gbp(r.spend),
      onFrameworkSpend: gbp(r.on_spend),
    });
    const {
      total,
      by_region: byRegion,
      by_category: byCategory,
      by_framework: byFramework,
      alternatives,
    } = answer!;
    return {
      activeOn: day,
      total: share(total),
      byRegion: byRegion.map(share),
      byCategory: byCategory.map(share),
      byFramework: byFramework.map(share),
      offFrameworkWithAlternative: alternatives.map((a): FrameworkAlternative => ({
        contractId: a.id,
        contractReference: a.reference,
        trustName: a.trust_name,
        supplierName: a.supplier_name,
        annualSpend: gbp(a.spend),
        frameworks: a.frameworks,
      })),
    };
  }
}
