// pnpm bench:compare — times each comparison query on the demo register (20,412 contracts,
// 198,737 lines), as a trust procurement lead and as a central user: the first call (computed),
// then RUNS more (default 5), printing their median and the slowest. Those are kept answers
// unless COMPARISON_CACHE=false, when every call is computed. Starts the built API on a fresh
// embedded database (or DATABASE_URL's, empty), which loads the demo data first.
import { machine, seconds, startApi, timed, type BenchClient } from './api-server.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const PORT = Number(process.env['BENCH_PORT'] ?? 4792);

const api = await startApi(PORT);
try {
  const lead = await api.signIn('procurement@royalfree.example');
  const central = await api.signIn('commercial@nhsengland.example');
  // The Royal Free's most common product, to benchmark what it buys.
  const { savingsOpportunities } = await lead.gql<{
    savingsOpportunities: {
      opportunities: { productId: string | null; pricingUnit: string; item: string }[];
    };
  }>(
    '{ savingsOpportunities(input: { scope: TRUST, target: MEDIAN, first: 1 }) { opportunities { productId pricingUnit item } } }',
  );
  const top = savingsOpportunities.opportunities.find((o) => o.productId);
  if (!top) throw new Error('the Royal Free has no savings opportunity to benchmark');

  const queries: [string, BenchClient, string][] = [
    [
      `priceBenchmark, ${top.item} (trust)`,
      lead,
      `{ priceBenchmark(input: { productId: "${top.productId}", pricingUnit: ${top.pricingUnit} }) { lineCount summary { median { amount } } ownLines { percentile } savings { annualSaving { amount } } points { trustName } } }`,
    ],
    [
      'priceBenchmark, a category (central)',
      central,
      '{ priceBenchmark(input: { category: EPR, pricingUnit: PER_USER }) { lineCount summary { median { amount } } points { trustName } } }',
    ],
    [
      'savingsOpportunities, one trust',
      lead,
      '{ savingsOpportunities(input: { scope: TRUST, target: MEDIAN }) { lineCount totalAnnualSaving { amount } opportunities { annualSaving { amount } } byCategory { key } } }',
    ],
    [
      'savingsOpportunities, national (central)',
      central,
      '{ savingsOpportunities(input: { scope: NATIONAL, target: MEDIAN, first: 50 }) { lineCount byTrust { key } byCategory { key } bySupplier { key } } }',
    ],
    [
      'priceVersusVolume, every product (central)',
      central,
      '{ priceVersusVolume(input: { pricingUnit: PER_USER }) { n spearman products { n spearman } } }',
    ],
    [
      'savingsOpportunities, one trust at the ceiling (home page)',
      lead,
      '{ savingsOpportunities(input: { scope: TRUST, target: CEILING, first: 10 }) { lineCount totalAnnualSaving { amount } opportunities { annualSaving { amount } } } }',
    ],
    [
      'collaborationOpportunities, every category by ICB (home page)',
      lead,
      '{ collaborationOpportunities(input: { windowMonths: 6, scope: ICB }) { category members { trustName endDate own contractId } } }',
    ],
    [
      'collaborationOpportunities, EPR by ICB (trust)',
      lead,
      '{ collaborationOpportunities(input: { category: EPR, windowMonths: 6, scope: ICB }) { trustCount combinedAnnualValue { amount } } }',
    ],
    [
      'frameworkUptake (central)',
      central,
      '{ frameworkUptake { total { contracts } byRegion { key } byCategory { key } byFramework { key } offFrameworkWithAlternative { contractReference } } }',
    ],
  ];

  console.log(`Comparisons on the demo register: ${machine()}`);
  const kept = process.env['COMPARISON_CACHE'] !== 'false';
  console.log(`the first call, then ${RUNS} more (${kept ? 'kept answers' : 'computed again'})\n`);
  console.log('| query | first | median | slowest |\n|---|---|---|---|');
  for (const [label, client, query] of queries) {
    const [, first] = await timed(() => client.gql(query));
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await timed(() => client.gql(query)))[1]);
    times.sort((a, b) => a - b);
    console.log(
      `| ${label} | ${seconds(first)} | ${seconds(times[Math.floor(times.length / 2)]!)} | ${seconds(times.at(-1)!)} |`,
    );
  }
} finally {
  await api.stop();
}
