// The comparison operations: each GraphQL request beside its hand-written SQL (hand-sql-compare.ts).
import {
  collaborationRegionSql,
  COLLABORATION_REGION_QUERY,
  fromCollaborationRegionAnswer,
  fromPriceBenchmarkAnswer,
  fromSavingsNationalAnswer,
  fromSavingsTrustAnswer,
  PRICE_BENCHMARK_QUERY,
  priceBenchmarkSql,
  SAVINGS_NATIONAL_QUERY,
  SAVINGS_TRUST_QUERY,
  savingsNationalByRegionSql,
  savingsTrustSql,
} from './hand-sql-compare.js';
import type { Operation, Subjects } from './operations.js';

/** k, as the server under test reads it (it inherits this process's environment). */
const K = Number(process.env['BENCHMARK_MIN_TRUSTS'] ?? 5);

/** The price benchmark first: the throughput run uses it. */
export function compareOperations(s: Subjects): Operation[] {
  const trustId = s.trust.id;
  return [
    {
      key: 'price-benchmark',
      label: `price benchmark, one product (${s.product.name}, ${s.product.lines.toLocaleString('en-GB')} lines; trust)`,
      viewer: 'trust',
      query: PRICE_BENCHMARK_QUERY,
      variables: { productId: s.product.id, pricingUnit: s.product.pricingUnit },
      target: { words: 'p95 ≤ 25 ms and ≤ 2× its SQL', p95Ms: 25, ratio: 2 },
      handSql: (db) =>
        priceBenchmarkSql(db, {
          trustId,
          productId: s.product.id,
          pricingUnit: s.product.pricingUnit,
          k: K,
          today: s.today,
        }),
      fromAnswer: fromPriceBenchmarkAnswer,
    },
    {
      key: 'savings-trust',
      label: 'savings opportunities, one trust (trust)',
      viewer: 'trust',
      query: SAVINGS_TRUST_QUERY,
      variables: {},
      target: { words: 'p95 ≤ 100 ms', p95Ms: 100 },
      handSql: (db) => savingsTrustSql(db, { trustId, k: K, today: s.today }),
      fromAnswer: fromSavingsTrustAnswer,
    },
    {
      key: 'savings-national',
      label: 'national savings by region (central)',
      viewer: 'central',
      query: SAVINGS_NATIONAL_QUERY,
      variables: {},
      target: { words: 'p95 ≤ 500 ms', p95Ms: 500 },
      handSql: (db) => savingsNationalByRegionSql(db, { today: s.today }),
      fromAnswer: fromSavingsNationalAnswer,
    },
    {
      key: 'collaboration-region',
      label: 'collaboration opportunities, the trust’s region (trust)',
      viewer: 'trust',
      query: COLLABORATION_REGION_QUERY,
      variables: { windowMonths: 6 },
      target: { words: 'none set' },
      handSql: (db) => collaborationRegionSql(db, { trustId, windowMonths: 6, k: K, today: s.today }),
      fromAnswer: fromCollaborationRegionAnswer,
    },
  ];
}
