import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { todayInEngland } from '../../core/dates.js';
import { badInput } from '../../core/errors.js';
import { gbp } from '../../core/money.js';
import type { ProductCategory } from '../catalogue/catalogue.enums.js';
import { Role } from '../identity/role.js';
import { BENCHMARK_READERS, rows } from './benchmark.service.js';
import {
  CollaborationArea,
  type CollaborationGroup,
  type CollaborationMember,
  type CollaborationOpportunitiesInput,
} from './collaboration.types.js';

type GroupRow = {
  area_code: string;
  category: ProductCategory;
  area_name: string;
  first_end: string;
  last_end: string;
  trusts: number;
  members: {
    trust_name: string;
    ods_code: string;
    supplier_name: string;
    end_date: string;
    own: boolean;
    contract_id: string;
  }[];
  suppliers: string[];
  combined: string;
  best_price: string | null;
  best_product: string | null;
};

/**
 * Who could buy together, in SQL: contracts in force today with lines in the category, by ICB or
 * region, ordered by end date; a contract ending more than the window after the one before starts
 * a new group. Groups of two trusts or more (for trust users, only those with their own trust).
 * What a group pays and its best price follow the benchmark's rules: a trust user never counts
 * other trusts' PRIVATE contracts, and ANONYMOUS ones only when k or more trusts in the group have
 * them (docs/compare.md).
 */
export class CollaborationService {
  constructor(private readonly ctx: Context) {}

  async opportunities(input: CollaborationOpportunitiesInput): Promise<CollaborationGroup[]> {
    // Who may ask, and what they see, before any kept answer is served.
    const viewer = policy.actingAs(this.ctx.viewer, BENCHMARK_READERS);
    if (!Number.isInteger(input.windowMonths) || input.windowMonths < 1 || input.windowMonths > 36) {
      throw badInput('input.windowMonths', 'The window must be from 1 to 36 months.');
    }
    const central = viewer.membership.role === Role.CENTRAL_COMMERCIAL;
    const ownTrust = central ? null : (viewer.membership.organisation?.id ?? null);
    const today = todayInEngland();
    const key = [
      'collaboration',
      central ? 'central' : ownTrust,
      this.ctx.config.benchmarkMinTrusts,
      today,
      input.category ?? null,
      input.windowMonths,
      input.scope,
    ];
    return this.ctx.comparisons.answer(this.ctx.em, key, () =>
      this.computed(input, viewer, central, ownTrust, today),
    );
  }

  private async computed(
    input: CollaborationOpportunitiesInput,
    viewer: ReturnType<typeof policy.actingAs>,
    central: boolean,
    ownTrust: string | null,
    today: string,
  ): Promise<CollaborationGroup[]> {
    const [areaColumn, areaTable] =
      input.scope === CollaborationArea.ICB ? ['o.icb_code', 'icb'] : ['o.region_code', 'region'];
    const trust = central ? null : await viewer.membership.organisation?.load();
    const ownArea = (input.scope === CollaborationArea.ICB ? trust?.icb : trust?.region)?.code ?? null;
    const counted = `(?::boolean or cl.own or cl.visibility = 'NAMED' or (cl.visibility = 'ANONYMOUS' and g.anonymous_trusts >= ?))`;
    const found = await rows<GroupRow>(this.ctx.em, {
      text: `with cl as (
          select c.id, c.buyer_id, c.end_date, o.name as trust_name, o.ods_code, s.name as supplier_name,
            ${areaColumn} as area_code, l.category, coalesce(c.buyer_id = ?, false) as own, c.price_visibility as visibility,
            sum(l.annual_cost) as annual_value
          from contract c
          join contract_line l on l.contract_id = c.id and (?::text is null or l.category = ?) and not l.suppressed
          join organisation o on o.id = c.buyer_id
          join supplier s on s.id = c.supplier_id
          where c.status <> 'DRAFT' and c.start_date <= ? and c.end_date >= ? and ${areaColumn} is not null
            and (?::boolean or c.buyer_id = ? or c.price_visibility <> 'PRIVATE')
            -- A trust user's groups all have their trust in them: only its own area can hold one.
            and (?::boolean or ${areaColumn} = ?)
          group by c.id, o.id, s.id, l.category
        ),
        seq as (
          select cl.*, case when end_date > coalesce(lag(end_date) over w, '-infinity'::date)
              + make_interval(months => ?) then 1 else 0 end as starts
          from cl window w as (partition by area_code, category order by end_date, id)
        ),
        grouped as (
          select seq.*, sum(starts) over (partition by area_code, category order by end_date, id) as grp from seq
        ),
        g as (
          select area_code, category, grp, count(distinct buyer_id)::int as trusts, bool_or(own) as has_own,
            count(distinct buyer_id) filter (where visibility = 'ANONYMOUS' and not own) as anonymous_trusts
          from grouped group by area_code, category, grp
          having count(distinct buyer_id) >= 2
        ),
        prices as (
          select cl.area_code, cl.category, cl.grp, p.name, count(distinct cl.buyer_id) as trusts,
            min(case when l.pricing_unit = 'PER_DAY' then l.net_unit_price else l.annual_unit_price end) as best
          from grouped cl join g using (area_code, category, grp)
          join contract_line l on l.contract_id = cl.id and l.category = cl.category and not l.suppressed
          join product_version v on v.id = l.product_version_id
          join product p on p.id = v.product_id
          where ${counted} and (l.pricing_unit = 'PER_DAY' or l.billing_period <> 'ONE_OFF')
          group by cl.area_code, cl.category, cl.grp, p.id, p.name, l.pricing_unit
          having count(distinct cl.buyer_id) >= 2
        ),
        -- Computed once: left inline, the planner may run it again for every member row.
        best as materialized (
          select distinct on (area_code, category, grp) area_code, category, grp, name, best from prices
          -- Ties on trusts and price go to the first by name, so the answer is the same every time.
          order by area_code, category, grp, trusts desc, best, name
        )
        select g.area_code, g.category, a.name as area_name, min(cl.end_date)::text as first_end, max(cl.end_date)::text as last_end,
          g.trusts,
          json_agg(json_build_object('trust_name', cl.trust_name, 'ods_code', cl.ods_code,
            'supplier_name', cl.supplier_name, 'end_date', cl.end_date::text, 'own', cl.own, 'contract_id', cl.id)
            order by cl.end_date, cl.trust_name) as members,
          array_agg(distinct cl.supplier_name) as suppliers,
          round(coalesce(sum(cl.annual_value) filter (where ${counted}), 0), 2)::text as combined,
          max(b.best)::text as best_price, max(b.name) as best_product
        from grouped cl join g using (area_code, category, grp)
        join ${areaTable} a on a.code = g.area_code
        left join best b using (area_code, category, grp)
        where ?::boolean or g.has_own
        group by g.area_code, g.category, a.name, g.grp, g.trusts
        -- By the combined value the viewer may see: ordering by withheld values would reveal them.
        order by coalesce(sum(cl.annual_value) filter (where ${counted}), 0) desc, g.area_code, g.category,
          min(cl.end_date)`,
      params: [
        ownTrust,
        input.category ?? null,
        input.category ?? null,
        today,
        today,
        central,
        ownTrust,
        central,
        ownArea,
        input.windowMonths,
        central,
        this.ctx.config.benchmarkMinTrusts,
        central,
        this.ctx.config.benchmarkMinTrusts,
        central,
        central,
        this.ctx.config.benchmarkMinTrusts,
      ],
    });
    return found.map((g) => ({
      areaCode: g.area_code,
      areaName: g.area_name,
      category: g.category,
      firstEndDate: g.first_end,
      lastEndDate: g.last_end,
      trustCount: g.trusts,
      members: g.members.map((m): CollaborationMember => ({
        trustName: m.trust_name,
        trustOdsCode: m.ods_code,
        supplierName: m.supplier_name,
        endDate: m.end_date,
        own: m.own,
        contractId: central || m.own ? m.contract_id : null,
      })),
      suppliers: g.suppliers,
      combinedAnnualValue: gbp(g.combined),
      bestUnitPrice: g.best_price === null ? null : gbp(g.best_price),
      bestPriceProduct: g.best_product,
    }));
  }
}
