// Checks the hand-written SQL against a running server: each comparison asked over GraphQL (as
// the Royal Free's procurement lead, and as NHS England's commercial team) and computed by
// hand-sql-compare.ts on the same database, with the figures compared and the SQL's time shown.
//   BENCH_BASE=http://127.0.0.1:4470 DATABASE_URL=postgres://… pnpm exec tsx bench/national/hand-sql-compare.check.ts
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { todayInEngland } from '../../src/core/dates.js';
import {
  COLLABORATION_REGION_QUERY,
  PRICE_BENCHMARK_QUERY,
  SAVINGS_NATIONAL_QUERY,
  SAVINGS_TRUST_QUERY,
  collaborationRegionSql,
  fromCollaborationRegionAnswer,
  fromPriceBenchmarkAnswer,
  fromSavingsNationalAnswer,
  fromSavingsTrustAnswer,
  priceBenchmarkSql,
  savingsNationalByRegionSql,
  savingsTrustSql,
  type CollaborationRegionAnswer,
  type PriceBenchmarkAnswer,
  type SavingsNationalAnswer,
  type SavingsTrustAnswer,
} from './hand-sql-compare.js';

const base = process.env['BENCH_BASE'] ?? 'http://127.0.0.1:4470';
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('set DATABASE_URL to the server’s database');
const k = Number(process.env['BENCHMARK_MIN_TRUSTS'] ?? 5);

type Client = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

async function signIn(email: string): Promise<Client> {
  let cookie = '';
  const gql: Client = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, connection: 'close' },
      body: JSON.stringify({ query, variables }),
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await gql(
    `mutation ($email: String!) { signIn(input: { email: $email, password: "concord-demo-password" }) { userErrors { message } } }`,
    { email },
  );
  return gql;
}

/** The first place two answers differ, as a path and both values. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a === 'object' && a && typeof b === 'object' && b) {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
      return `${path}: ${a.length} items by GraphQL, ${b.length} by SQL`;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as never)[key], (b as never)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)} by GraphQL, ${JSON.stringify(b)} by SQL`;
}

let failures = 0;
async function compare<T>(
  label: string,
  api: () => Promise<T>,
  sql: () => Promise<T>,
  summary: (figures: T) => string,
) {
  let started = performance.now();
  const fromApi = await api();
  const apiMs = performance.now() - started;
  started = performance.now();
  const fromSql = await sql();
  const sqlMs = performance.now() - started;
  const difference = firstDifference(fromApi, fromSql);
  if (difference) failures++;
  console.log(
    `${difference ? 'DIFFERENT' : 'same     '}  ${label}: ${summary(fromSql)}; ` +
      `GraphQL ${apiMs.toFixed(0)} ms, SQL ${sqlMs.toFixed(0)} ms${difference ? `\n    ${difference}` : ''}`,
  );
}

const db = new pg.Client({ connectionString: url });
await db.connect();
try {
  const today = todayInEngland();
  const lead = await signIn('procurement@royalfree.example');
  const central = await signIn('commercial@nhsengland.example');
  const { rows: trusts } = await db.query<{ id: string }>(
    `select id from organisation where ods_code = 'RAL'`,
  );
  const trustId = trusts[0]!.id;

  // What the Royal Free buys in force: its most and least compared product in each of two units.
  const { rows: products } = await db.query<{ product_id: string; pricing_unit: string; name: string }>(
    `with bought as (
        select v.product_id, l.pricing_unit, p.name,
          (select count(*) from contract_line x join product_version xv on xv.id = x.product_version_id
            where xv.product_id = v.product_id and x.pricing_unit = l.pricing_unit) as lines
        from contract c join contract_line l on l.contract_id = c.id
        join product_version v on v.id = l.product_version_id join product p on p.id = v.product_id
        where c.buyer_id = $1 and c.status <> 'DRAFT' and c.start_date <= $2 and c.end_date >= $2
          and not l.suppressed and (l.pricing_unit = 'PER_DAY' or l.billing_period <> 'ONE_OFF')
        group by v.product_id, l.pricing_unit, p.name
      )
      (select product_id, pricing_unit, name from bought order by lines desc, product_id limit 3)
      union all
      (select product_id, pricing_unit, name from bought order by lines, product_id limit 3)`,
    [trustId, today],
  );

  console.log(`Hand-written SQL against ${base}, ${today}, k = ${k}\n`);
  for (const product of products) {
    await compare(
      `priceBenchmark ${product.name} ${product.pricing_unit} (RAL)`,
      async () =>
        fromPriceBenchmarkAnswer(
          await lead<PriceBenchmarkAnswer>(PRICE_BENCHMARK_QUERY, {
            productId: product.product_id,
            pricingUnit: product.pricing_unit,
          }),
        ),
      () =>
        priceBenchmarkSql(db, {
          trustId,
          productId: product.product_id,
          pricingUnit: product.pricing_unit,
          k,
          today,
        }),
      (f) =>
        `${f.lineCount} lines, ${f.trustCount} trusts, median ${f.summary?.median ?? '–'}, ` +
        `${f.points.length} points${f.anonymousWithheld ? ', anonymous withheld' : ''}`,
    );
  }
  await compare(
    'savingsOpportunities TRUST MEDIAN (RAL)',
    async () => fromSavingsTrustAnswer(await lead<SavingsTrustAnswer>(SAVINGS_TRUST_QUERY)),
    () => savingsTrustSql(db, { trustId, k, today }),
    (f) => `${f.lineCount} lines, £${f.totalAnnualSaving}, ${f.by.length} categories`,
  );
  await compare(
    'savingsOpportunities NATIONAL MEDIAN by region (central)',
    async () => fromSavingsNationalAnswer(await central<SavingsNationalAnswer>(SAVINGS_NATIONAL_QUERY)),
    () => savingsNationalByRegionSql(db, { today }),
    (f) => {
      // Buyers with no NHS England region (the Welsh trusts) count in the total, in no region.
      const regions = f.by.reduce((sum, r) => sum + Number(r.annualSaving), 0);
      return `${f.lineCount} lines, £${f.totalAnnualSaving}, ${f.by.length} regions (together £${regions.toFixed(2)})`;
    },
  );
  await compare(
    'collaborationOpportunities REGION 6 months (RAL)',
    async () =>
      fromCollaborationRegionAnswer(
        await lead<CollaborationRegionAnswer>(COLLABORATION_REGION_QUERY, { windowMonths: 6 }),
      ),
    () => collaborationRegionSql(db, { trustId, windowMonths: 6, k, today }),
    (f) => `${f.groups.length} groups, ${f.groups.reduce((n, g) => n + g.members.length, 0)} members`,
  );
} finally {
  await db.end();
}
if (failures) {
  console.log(`\n${failures} comparison(s) differ`);
  process.exitCode = 1;
}
