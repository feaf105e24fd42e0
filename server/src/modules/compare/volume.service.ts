import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { todayInEngland } from '../../core/dates.js';
import { badInput } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { gbp } from '../../core/money.js';
import { Role } from '../identity/role.js';
import { BENCHMARK_READERS, rows } from './benchmark.service.js';
import { comparableSql, type ComparableScope } from './comparable.js';
import type { PriceVersusVolume, PriceVersusVolumeInput } from './volume.types.js';

/**
 * Spearman's ρ in SQL: Pearson's correlation (`corr`) of the ranks, ties given their average rank.
 * For every product at once, ranks are taken within each product (as fractions of its count) and
 * pooled, so products of different prices and sizes can be read together.
 */
export class VolumeService {
  constructor(private readonly ctx: Context) {}

  async priceVersusVolume(input: PriceVersusVolumeInput): Promise<PriceVersusVolume> {
    const viewer = policy.actingAs(this.ctx.viewer, BENCHMARK_READERS);
    const central = viewer.membership.role === Role.CENTRAL_COMMERCIAL;
    if (input.productId != null && !isUuid(input.productId)) {
      throw badInput('input.productId', 'There is no such product.');
    }
    const scope: ComparableScope = {
      ownTrustId: central ? null : (viewer.membership.organisation?.id ?? null),
      central,
      k: this.ctx.config.benchmarkMinTrusts,
      today: input.filter?.activeOn ?? todayInEngland(),
      categories: [],
      trusts: input.filter
        ? {
            regionCodes: input.filter.regionCodes ?? null,
            icbCodes: input.filter.icbCodes ?? null,
            trustTypes: input.filter.trustTypes ?? null,
            signedAfter: input.filter.signedAfter ?? null,
          }
        : null,
    };
    const key = ['volume', scope, input.productId ?? null, input.pricingUnit];
    return this.ctx.comparisons.answer(this.ctx.em, key, () => this.computed(input, scope));
  }

  private async computed(input: PriceVersusVolumeInput, scope: ComparableScope): Promise<PriceVersusVolume> {
    const comparable = comparableSql(scope);
    const product = input.productId ? 'and product_id = ?' : 'and product_id is not null';
    const ranked = {
      text: `${comparable.text},
        v as (select * from obs where pricing_unit = ? ${product}),
        r as (
          select v.*,
            (rank() over (partition by g order by quantity) + (count(*) over (partition by g, quantity) - 1) / 2.0)
              / count(*) over (partition by g) as rq,
            (rank() over (partition by g order by price) + (count(*) over (partition by g, price) - 1) / 2.0)
              / count(*) over (partition by g) as rp,
            count(*) over (partition by g) as group_n
          from v
        )`,
      params: [...comparable.params, input.pricingUnit, ...(input.productId ? [input.productId] : [])],
    };
    const em = this.ctx.em;
    const [overall] = await rows<{ n: number; rho: number | null }>(em, {
      text: `${ranked.text} select count(*)::int as n, corr(rq, rp) as rho from r where group_n >= 3`,
      params: ranked.params,
    });
    const points = input.productId
      ? await rows<{ quantity: string; price: string; trust_name: string | null; own: boolean }>(em, {
          text: `${ranked.text} select quantity::text, price::text, own,
              case when ?::boolean or own or visibility = 'NAMED' then buyer_name end as trust_name
            from r order by quantity, price`,
          params: [...ranked.params, scope.central],
        })
      : [];
    const products = input.productId
      ? []
      : await rows<{ product_id: string; name: string; n: number; rho: number | null }>(em, {
          text: `${ranked.text} select product_id, min(item) as name, count(*)::int as n, corr(rq, rp) as rho
            from r group by product_id having count(*) >= 5 order by count(*) desc, min(item)`,
          params: ranked.params,
        });
    const rho = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
    return {
      pricingUnit: input.pricingUnit,
      n: overall?.n ?? 0,
      spearman: (overall?.n ?? 0) >= 3 ? rho(overall!.rho) : null,
      points: points.map((p) => ({
        quantity: p.quantity,
        unitPrice: gbp(p.price),
        trustName: p.trust_name,
        own: p.own,
      })),
      products: products.map((p) => ({
        productId: p.product_id,
        name: p.name,
        n: p.n,
        spearman: rho(p.rho),
      })),
    };
  }
}
