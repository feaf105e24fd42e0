// The benchmark's baseline: each important comparison's answer computed by hand-written SQL
// through the `pg` driver, one statement each, written from docs/compare.md and
// docs/price-normalisation.md rather than from the server's services, beside the GraphQL query it
// answers and a function that reads the same figures out of that query's answer. Both sides give
// one plain shape (money as fixed-point strings at the API's precision, lists in one order), so
// "same answer" is a deep equality.
import type pg from 'pg';

/** An amount at `places` decimal places, as the API gives it ("0" and "0.00" are one amount). */
function fixed(amount: string, places: number): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  // More places than expected is a difference to show, not to round away.
  return fraction.length > places ? amount : `${whole}.${fraction.padEnd(places, '0')}`;
}
const price = (amount: string) => fixed(amount, 4);
const pounds = (amount: string) => fixed(amount, 2);

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byAmount = (a: string, b: string) => Number(a) - Number(b);

/**
 * The p-quantile of an ascending `numeric[]` `xs` of `n` prices, interpolated between the nearest
 * ranks (percentile_cont's type 7) in exact numeric arithmetic, to 4 places: with h = (n − 1)p,
 * x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
 */
function quantileOf(p: string, xs = 'xs', n = 'n'): string {
  const h = `((${n} - 1) * ${p}::numeric)`;
  const low = `${xs}[floor(${h})::int + 1]`;
  return `round(${low} + (${h} - floor(${h})) * (coalesce(${xs}[floor(${h})::int + 2], ${low}) - ${low}), 4)`;
}

/**
 * Which lines are compared at all: contracts in force on `$today` (not drafts), lines not
 * suppressed, no one-off charge but day rates. `c` is the contract, `l` the line.
 */
const COMPARABLE = `c.status <> 'DRAFT' and c.start_date <= $today and c.end_date >= $today
  and not l.suppressed and (l.pricing_unit = 'PER_DAY' or l.billing_period <> 'ONE_OFF')`;

/** The price compared: a year of one unit, or a day for day rates. */
const PRICE = `case when l.pricing_unit = 'PER_DAY' then l.net_unit_price else l.annual_unit_price end`;

/**
 * Like is compared with like: the product and unit, or for day rates without a product the role
 * and grade (case ignored) and unit. `v` is the line's product version (left joined).
 */
const GROUP = `coalesce(v.product_id::text, 'role:' || lower(l.role) || ':' || coalesce(lower(l.grade), ''))
  || ':' || l.pricing_unit`;

/** `$name` placeholders, numbered for `pg` in order of first use. */
function numbered(text: string, values: Record<string, unknown>): { text: string; values: unknown[] } {
  const order: string[] = [];
  const out = text.replace(/\$([a-z][A-Za-z]*)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for $${name}`);
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return { text: out, values: order.map((name) => values[name]) };
}

async function one<T>(db: pg.Client, text: string, values: Record<string, unknown>): Promise<T> {
  const q = numbered(text, values);
  const { rows } = await db.query(q.text, q.values);
  return rows[0] as T;
}

// ---------------------------------------------------------------------------------------------
// 1. One product's benchmark, for a trust user.

export type PriceBenchmarkFigures = {
  lineCount: number;
  trustCount: number;
  anonymousWithheld: boolean;
  summary: {
    minimum: string;
    lowerQuartile: string;
    median: string;
    upperQuartile: string;
    maximum: string;
    mean: string;
  } | null;
  /** By price, own first, then by trust name (anonymous last) and quantity. */
  points: { annualUnitPrice: string; quantity: string; trustName: string | null; own: boolean }[];
};

export const PRICE_BENCHMARK_QUERY = `query HandSqlPriceBenchmark($productId: ID!, $pricingUnit: PricingUnit!) {
  priceBenchmark(input: { productId: $productId, pricingUnit: $pricingUnit }) {
    lineCount
    trustCount
    anonymousWithheld
    summary {
      minimum { amount }
      lowerQuartile { amount }
      median { amount }
      upperQuartile { amount }
      maximum { amount }
      mean { amount }
    }
    points { annualUnitPrice { amount } quantity trustName own }
  }
}`;

type Amount = { amount: string };
export type PriceBenchmarkAnswer = {
  priceBenchmark: {
    lineCount: number;
    trustCount: number;
    anonymousWithheld: boolean;
    summary: Record<keyof NonNullable<PriceBenchmarkFigures['summary']>, Amount> | null;
    points: { annualUnitPrice: Amount; quantity: string; trustName: string | null; own: boolean }[];
  };
};

function benchmarkFigures(figures: PriceBenchmarkFigures): PriceBenchmarkFigures {
  const s = figures.summary;
  return {
    lineCount: figures.lineCount,
    trustCount: figures.trustCount,
    anonymousWithheld: figures.anonymousWithheld,
    summary: s && {
      minimum: price(s.minimum),
      lowerQuartile: price(s.lowerQuartile),
      median: price(s.median),
      upperQuartile: price(s.upperQuartile),
      maximum: price(s.maximum),
      mean: price(s.mean),
    },
    points: figures.points
      .map((p) => ({ ...p, annualUnitPrice: price(p.annualUnitPrice) }))
      .sort(
        (a, b) =>
          byAmount(a.annualUnitPrice, b.annualUnitPrice) ||
          Number(b.own) - Number(a.own) ||
          Number(a.trustName === null) - Number(b.trustName === null) ||
          byText(a.trustName ?? '', b.trustName ?? '') ||
          byAmount(a.quantity, b.quantity),
      ),
  };
}

export function fromPriceBenchmarkAnswer(data: PriceBenchmarkAnswer): PriceBenchmarkFigures {
  const b = data.priceBenchmark;
  const s = b.summary;
  return benchmarkFigures({
    lineCount: b.lineCount,
    trustCount: b.trustCount,
    anonymousWithheld: b.anonymousWithheld,
    summary: s && {
      minimum: s.minimum.amount,
      lowerQuartile: s.lowerQuartile.amount,
      median: s.median.amount,
      upperQuartile: s.upperQuartile.amount,
      maximum: s.maximum.amount,
      mean: s.mean.amount,
    },
    points: b.points.map((p) => ({
      annualUnitPrice: p.annualUnitPrice.amount,
      quantity: p.quantity,
      trustName: p.trustName,
      own: p.own,
    })),
  });
}

/**
 * One statement: the product's lines the viewer may see (their own, NAMED ones, and ANONYMOUS
 * ones only when k or more other trusts have them; never others' PRIVATE ones), their spread and
 * the points, named where the viewer may name them.
 */
export async function priceBenchmarkSql(
  db: pg.Client,
  p: { trustId: string; productId: string; pricingUnit: string; k: number; today: string },
): Promise<PriceBenchmarkFigures> {
  const row = await one<{
    lines: number;
    trusts: number;
    withheld: boolean;
    minimum: string | null;
    lower_quartile: string | null;
    median: string | null;
    upper_quartile: string | null;
    maximum: string | null;
    mean: string | null;
    points: PriceBenchmarkFigures['points'];
  }>(
    db,
    `with line as (
        select c.buyer_id, c.buyer_id = $trust as own, c.price_visibility as visibility, o.name as buyer_name,
          l.quantity, ${PRICE} as price
        from product_version v
        join contract_line l on l.product_version_id = v.id and l.pricing_unit = $unit
        join contract c on c.id = l.contract_id
        join organisation o on o.id = c.buyer_id
        where v.product_id = $product and ${COMPARABLE}
          and (c.buyer_id = $trust or c.price_visibility <> 'PRIVATE')
      ),
      anonymous as (
        select count(distinct buyer_id)::int as trusts from line where visibility = 'ANONYMOUS' and not own
      ),
      seen as (
        select line.* from line, anonymous a
        where own or visibility = 'NAMED' or a.trusts >= $k
      ),
      spread as (
        select count(*)::int as n, count(distinct buyer_id)::int as trusts, min(price) as minimum,
          max(price) as maximum, round(avg(price), 4) as mean, array_agg(price order by price) as xs
        from seen
      )
      select s.n as lines, s.trusts, a.trusts > 0 and a.trusts < $k as withheld,
        s.minimum::text, ${quantileOf('0.25')}::text as lower_quartile, ${quantileOf('0.5')}::text as median,
        ${quantileOf('0.75')}::text as upper_quartile, s.maximum::text, s.mean::text,
        (select coalesce(json_agg(json_build_object('annualUnitPrice', price::text, 'quantity', quantity::text,
            'trustName', case when own or visibility = 'NAMED' then buyer_name end, 'own', own)), '[]')
          from seen) as points
      from spread s, anonymous a`,
    { trust: p.trustId, unit: p.pricingUnit, product: p.productId, today: p.today, k: p.k },
  );
  return benchmarkFigures({
    lineCount: row.lines,
    trustCount: row.trusts,
    anonymousWithheld: row.withheld,
    summary:
      row.lines > 0
        ? {
            minimum: row.minimum!,
            lowerQuartile: row.lower_quartile!,
            median: row.median!,
            upperQuartile: row.upper_quartile!,
            maximum: row.maximum!,
            mean: row.mean!,
          }
        : null,
    points: row.points,
  });
}

// ---------------------------------------------------------------------------------------------
// 2 and 3. Savings at the median.

/** A total by some key (category, region): its lines and their saving a year. */
export type SavingsBy = { key: string; lineCount: number; annualSaving: string };
export type SavingsFigures = { lineCount: number; totalAnnualSaving: string; by: SavingsBy[] };

type SavingsAnswer<K extends string> = {
  savingsOpportunities: { lineCount: number; totalAnnualSaving: Amount } & Record<
    K,
    { key: string; lineCount: number; annualSaving: Amount }[]
  >;
};
export type SavingsTrustAnswer = SavingsAnswer<'byCategory'>;
export type SavingsNationalAnswer = SavingsAnswer<'byRegion'>;

function savingsFigures(lineCount: number, total: string, by: SavingsBy[]): SavingsFigures {
  return {
    lineCount,
    totalAnnualSaving: pounds(total),
    by: by
      .map((t) => ({ key: t.key, lineCount: t.lineCount, annualSaving: pounds(t.annualSaving) }))
      .sort((a, b) => byText(a.key, b.key)),
  };
}

function fromSavingsAnswer<K extends string>(data: SavingsAnswer<K>, by: K): SavingsFigures {
  const s = data.savingsOpportunities;
  return savingsFigures(
    s.lineCount,
    s.totalAnnualSaving.amount,
    s[by].map((t) => ({ key: t.key, lineCount: t.lineCount, annualSaving: t.annualSaving.amount })),
  );
}

/** A line's saving a year at a target: (price − target) ÷ price of its annual cost. */
const SAVING = `(o.price - t.median) / o.price * o.annual_cost`;

/** Each group's count of trusts and median, from `seen` (g, buyer_id, price), of groups of two trusts or more. */
const MEDIANS = `medians as materialized (
    select g, ${quantileOf('0.5')} as median
    from (select g, count(*) as n, array_agg(price order by price) as xs from seen group by g
          having count(distinct buyer_id) >= 2) a
  )`;

/** `opps` (key, saving) totalled: lines, saving, and by key (where there is one). */
const TOTALS = `select (select count(*)::int from opps) as lines,
    (select coalesce(round(sum(saving), 2), 0)::text from opps) as total,
    (select coalesce(json_agg(json_build_object('key', key, 'lineCount', lines, 'annualSaving', saving)), '[]')
      from (select key, count(*)::int as lines, round(sum(saving), 2)::text as saving from opps
        where key is not null group by key) t) as totals`;

export const SAVINGS_TRUST_QUERY = `query HandSqlSavingsTrust {
  savingsOpportunities(input: { scope: TRUST, target: MEDIAN }) {
    lineCount
    totalAnnualSaving { amount }
    byCategory { key lineCount annualSaving { amount } }
  }
}`;

export const fromSavingsTrustAnswer = (data: SavingsTrustAnswer) => fromSavingsAnswer(data, 'byCategory');

/**
 * A trust's lines above the median of what it may see of the same thing (its own, NAMED, and
 * ANONYMOUS prices of groups with k or more other trusts'), in groups of two trusts or more, by
 * the line's category. Only the groups the trust buys in are kept, found from its own comparable
 * lines (numbered, so the grouping and sorting work on integers).
 */
export async function savingsTrustSql(
  db: pg.Client,
  p: { trustId: string; k: number; today: string },
): Promise<SavingsFigures> {
  const row = await one<{ lines: number; total: string; totals: SavingsBy[] }>(
    db,
    `with mine as (
        select ${GROUP} as key, row_number() over () as g from contract c
        join contract_line l on l.contract_id = c.id
        left join product_version v on v.id = l.product_version_id
        where c.buyer_id = $trust and ${COMPARABLE}
          and (v.product_id is not null or (l.pricing_unit = 'PER_DAY' and l.role is not null))
        group by 1
      ),
      line as materialized (
        select m.g, c.buyer_id, c.buyer_id = $trust as own, c.price_visibility as visibility, l.category,
          l.annual_cost, ${PRICE} as price
        from contract_line l
        join contract c on c.id = l.contract_id
        left join product_version v on v.id = l.product_version_id
        join mine m on m.key = ${GROUP}
        where ${COMPARABLE} and (c.buyer_id = $trust or c.price_visibility <> 'PRIVATE')
      ),
      anonymous as (
        select g, count(distinct buyer_id) as trusts from line
        where visibility = 'ANONYMOUS' and not own group by g
      ),
      seen as (
        select line.* from line left join anonymous a using (g)
        where own or visibility = 'NAMED' or a.trusts >= $k
      ),
      ${MEDIANS},
      opps as (
        select o.category as key, ${SAVING} as saving
        from seen o join medians t using (g)
        where o.own and o.price > 0 and o.price > t.median
      )
      ${TOTALS}`,
    { trust: p.trustId, today: p.today, k: p.k },
  );
  return savingsFigures(row.lines, row.total, row.totals);
}

export const SAVINGS_NATIONAL_QUERY = `query HandSqlSavingsNational {
  savingsOpportunities(input: { scope: NATIONAL, target: MEDIAN }) {
    lineCount
    totalAnnualSaving { amount }
    byRegion { key lineCount annualSaving { amount } }
  }
}`;

export const fromSavingsNationalAnswer = (data: SavingsNationalAnswer) => fromSavingsAnswer(data, 'byRegion');

/**
 * For a central user (every price but suppressed ones): every comparable line above its group's
 * median, in groups of two trusts or more, by the buyer's NHS region (buyers without one, the
 * Welsh trusts, count in the total only).
 */
export async function savingsNationalByRegionSql(
  db: pg.Client,
  p: { today: string },
): Promise<SavingsFigures> {
  const row = await one<{ lines: number; total: string; totals: SavingsBy[] }>(
    db,
    `with seen as materialized (
        select ${GROUP} as g, c.buyer_id, o.region_code, l.annual_cost, ${PRICE} as price
        from contract_line l
        join contract c on c.id = l.contract_id
        join organisation o on o.id = c.buyer_id
        left join product_version v on v.id = l.product_version_id
        where ${COMPARABLE}
          and (v.product_id is not null or (l.pricing_unit = 'PER_DAY' and l.role is not null))
      ),
      ${MEDIANS},
      opps as (
        select r.code as key, ${SAVING} as saving
        from seen o join medians t using (g)
        left join region r on r.code = o.region_code
        where o.price > 0 and o.price > t.median
      )
      ${TOTALS}`,
    { today: p.today },
  );
  return savingsFigures(row.lines, row.total, row.totals);
}

// ---------------------------------------------------------------------------------------------
// 4. Who could buy together, within the trust's region.

export type CollaborationGroupFigures = {
  areaCode: string;
  category: string;
  firstEndDate: string;
  lastEndDate: string;
  trustCount: number;
  combinedAnnualValue: string;
  bestUnitPrice: string | null;
  /** By end date, ODS code and contract id (null for other trusts' contracts). */
  members: { trustOdsCode: string; endDate: string; own: boolean; contractId: string | null }[];
};
export type CollaborationFigures = { groups: CollaborationGroupFigures[] };

export const COLLABORATION_REGION_QUERY = `query HandSqlCollaborationRegion($windowMonths: Int!) {
  collaborationOpportunities(input: { windowMonths: $windowMonths, scope: REGION }) {
    areaCode
    category
    firstEndDate
    lastEndDate
    trustCount
    combinedAnnualValue { amount }
    bestUnitPrice { amount }
    members { trustOdsCode endDate own contractId }
  }
}`;

export type CollaborationRegionAnswer = {
  collaborationOpportunities: (Omit<CollaborationGroupFigures, 'combinedAnnualValue' | 'bestUnitPrice'> & {
    combinedAnnualValue: Amount;
    bestUnitPrice: Amount | null;
  })[];
};

function collaborationFigures(groups: CollaborationGroupFigures[]): CollaborationFigures {
  return {
    groups: groups
      .map((g) => ({
        ...g,
        combinedAnnualValue: pounds(g.combinedAnnualValue),
        bestUnitPrice: g.bestUnitPrice === null ? null : price(g.bestUnitPrice),
        members: [...g.members].sort(
          (a, b) =>
            byText(a.endDate, b.endDate) ||
            byText(a.trustOdsCode, b.trustOdsCode) ||
            byText(a.contractId ?? '', b.contractId ?? ''),
        ),
      }))
      .sort(
        (a, b) =>
          byText(a.areaCode, b.areaCode) ||
          byText(a.category, b.category) ||
          byText(a.firstEndDate, b.firstEndDate),
      ),
  };
}

export function fromCollaborationRegionAnswer(data: CollaborationRegionAnswer): CollaborationFigures {
  return collaborationFigures(
    data.collaborationOpportunities.map((g) => ({
      ...g,
      combinedAnnualValue: g.combinedAnnualValue.amount,
      bestUnitPrice: g.bestUnitPrice?.amount ?? null,
    })),
  );
}

/**
 * For a trust user: the contracts in force in the trust's region (others' PRIVATE ones left out)
 * with lines in each category, chained by end date (one ending more than the window after the one
 * before starts a new group), the groups of two trusts or more with the trust in them. The value
 * a year and the best price count others' ANONYMOUS contracts only when k or more trusts in the
 * group have them; the best price is the lowest paid for the product (and unit) most of the
 * group's trusts buy, two at least.
 */
export async function collaborationRegionSql(
  db: pg.Client,
  p: { trustId: string; windowMonths: number; k: number; today: string },
): Promise<CollaborationFigures> {
  const row = await one<{ groups: CollaborationGroupFigures[] }>(
    db,
    `with line as materialized (
        select c.id, c.buyer_id, o.ods_code, c.end_date, c.buyer_id = $trust as own, c.price_visibility as visibility,
          o.region_code, l.category, l.annual_cost, l.pricing_unit, ${PRICE} as price,
          -- What a best price is taken from: lines of a product, one-off charges only for day rates.
          case when l.pricing_unit = 'PER_DAY' or l.billing_period <> 'ONE_OFF' then v.product_id end as product_id
        from organisation o
        join contract c on c.buyer_id = o.id
        join contract_line l on l.contract_id = c.id and not l.suppressed
        left join product_version v on v.id = l.product_version_id
        where o.region_code = (select region_code from organisation where id = $trust)
          and c.status <> 'DRAFT' and c.start_date <= $today and c.end_date >= $today
          and (c.buyer_id = $trust or c.price_visibility <> 'PRIVATE')
      ),
      held as (
        select id, buyer_id, ods_code, end_date, own, visibility, region_code, category, sum(annual_cost) as value
        from line group by id, buyer_id, ods_code, end_date, own, visibility, region_code, category
      ),
      chained as (
        select *, count(*) filter (where starts) over (partition by category order by end_date, id) as chain
        from (select *, coalesce(end_date > (lag(end_date) over (partition by category order by end_date, id)
            + make_interval(months => $window))::date, true) as starts
          from held) h
      ),
      groups as (
        select category, chain, count(distinct buyer_id)::int as trusts,
          count(distinct buyer_id) filter (where visibility = 'ANONYMOUS' and not own) as anonymous
        from chained group by category, chain
        having count(distinct buyer_id) >= 2 and bool_or(own)
      ),
      member as (
        select m.*, g.trusts, m.own or m.visibility = 'NAMED' or g.anonymous >= $k as counted
        from chained m join groups g using (category, chain)
      ),
      product_price as (
        select m.category, m.chain, count(distinct m.buyer_id) as trusts, min(l.price) as best
        from member m join line l on l.id = m.id and l.category = m.category
        where m.counted and l.product_id is not null
        group by m.category, m.chain, l.product_id, l.pricing_unit
        having count(distinct m.buyer_id) >= 2
      ),
      best as materialized (
        select distinct on (category, chain) category, chain, best from product_price
        order by category, chain, trusts desc, best
      )
      select coalesce(json_agg(x), '[]') as groups from (
        select m.region_code as "areaCode", m.category, min(m.end_date)::text as "firstEndDate",
          max(m.end_date)::text as "lastEndDate", m.trusts as "trustCount",
          round(coalesce(sum(m.value) filter (where m.counted), 0), 2)::text as "combinedAnnualValue",
          b.best::text as "bestUnitPrice",
          json_agg(json_build_object('trustOdsCode', m.ods_code, 'endDate', m.end_date::text, 'own', m.own,
            'contractId', case when m.own then m.id end)) as members
        from member m left join best b using (category, chain)
        group by m.region_code, m.category, m.chain, m.trusts, b.best
      ) x`,
    { trust: p.trustId, today: p.today, window: p.windowMonths, k: p.k },
  );
  return collaborationFigures(row.groups);
}
