import type { BrowserContext } from 'playwright-core';

// The self-contained benchmark's API: the operations the Compare page and the page frame send, with
// the shapes of the generated client/src/gql/graphql.ts (every field the page selects, `__typename`
// on every object, as Apollo Client adds it). The viewer is a trust's procurement lead; the
// benchmark has exactly `points` prices, generated the same way every run.

type Money = { __typename: 'Money'; amount: string };
type Variables = Record<string, unknown>;

const TRUST = {
  __typename: 'Organisation',
  id: 'bench-trust',
  name: 'Royal Free London NHS Foundation Trust',
};
const MEMBERSHIP = {
  __typename: 'Membership',
  id: 'bench-membership',
  role: 'TRUST_PROCUREMENT',
  organisation: TRUST,
  supplier: null,
};

const me = {
  __typename: 'Me',
  user: { __typename: 'User', id: 'bench-user', name: 'Benchmark Procurement Lead' },
  activeMembership: MEMBERSHIP,
  memberships: [MEMBERSHIP],
  viewerCanManageUsers: false,
  viewerCanReadAuditTrail: false,
  viewerCanCreateFrameworks: false,
  viewerCanCurateCatalogue: false,
  viewerCanAddProducts: false,
  viewerCanReadContracts: true,
  viewerCanRecordContracts: true,
  viewerCanComparePrices: true,
  viewerCanDeclareCompliance: false,
  viewerCanVerifyDeclarations: false,
};

const REGIONS = [
  ['Y56', 'London'],
  ['Y58', 'South West'],
  ['Y59', 'South East'],
  ['Y60', 'Midlands'],
  ['Y61', 'East of England'],
  ['Y62', 'North West'],
  ['Y63', 'North East and Yorkshire'],
] as const;

const PRODUCT = {
  __typename: 'Product',
  id: 'bench-product',
  name: 'Benchmark EPR',
  category: 'EPR',
  supplier: { __typename: 'Supplier', id: 'bench-supplier-0', name: 'Supplier 0 Ltd' },
};

/** A small, seeded generator (mulberry32): the same prices every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const money = (value: number): Money => ({ __typename: 'Money', amount: value.toFixed(4) });

type Point = {
  price: number;
  quantity: number;
  trust: number;
  supplier: number;
  anonymous: boolean;
  own: boolean;
};

/** Prices spread as real ones are (log-normal around £60 a user a year), lowest first, 3 the viewer's own. */
function generatePoints(count: number): Point[] {
  const next = random(8);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const points = Array.from({ length: count }, (_, index) => ({
    price: Math.round(60 * Math.exp(0.45 * normal()) * 100) / 100,
    quantity: Math.round(50 + next() * next() * 20_000),
    trust: Math.floor(next() * 210),
    supplier: Math.floor(next() * 14),
    anonymous: next() < 0.3,
    own: index < 3,
  }));
  return points.sort((a, b) => a.price - b.price);
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}

function priceBenchmark(points: readonly Point[], input: { pricingUnit?: string }, activeOn: string) {
  const prices = points.map((point) => point.price);
  const median = quantile(prices, 0.5);
  const lowerQuartile = quantile(prices, 0.25);
  const ceiling = quantile(prices, 0.9);
  const own = points.flatMap((point, index) => (point.own ? [{ point, index }] : []));
  const saving = (target: number) =>
    own.reduce((sum, { point }) => sum + Math.max(0, point.price - target) * point.quantity, 0);
  return {
    __typename: 'PriceBenchmark',
    subject: 'Electronic patient records (EPR)',
    pricingUnit: input.pricingUnit ?? 'PER_USER',
    activeOn,
    lineCount: points.length,
    trustCount: new Set(points.map((point) => point.trust)).size,
    anonymousWithheld: false,
    minimumAnonymousTrusts: 5,
    summary: {
      __typename: 'PriceSummary',
      minimum: money(prices[0]!),
      lowerQuartile: money(lowerQuartile),
      median: money(median),
      upperQuartile: money(quantile(prices, 0.75)),
      maximum: money(prices[prices.length - 1]!),
      mean: money(prices.reduce((sum, price) => sum + price, 0) / prices.length),
    },
    ceilings: [
      {
        __typename: 'BenchmarkCeiling',
        frameworkReference: 'RM6221',
        frameworkTitle: 'Digital Capability for Health',
        lotNumber: 1,
        supplierName: 'Supplier 0 Ltd',
        annualUnitPrice: money(ceiling),
        banded: false,
      },
    ],
    ownLines: own.map(({ point, index }) => ({
      __typename: 'OwnBenchmarkLine',
      contractId: `bench-contract-${index}`,
      contractReference: `RAL-${1000 + index}`,
      lineReference: '1',
      annualUnitPrice: money(point.price),
      quantity: String(point.quantity),
      percentile: (100 * (index + 0.5)) / points.length,
    })),
    savings: (
      [
        ['MEDIAN', median],
        ['LOWER_QUARTILE', lowerQuartile],
        ['BEST', prices[0]!],
        ['CEILING', ceiling],
      ] as const
    ).map(([target, price]) => ({
      __typename: 'BenchmarkSaving',
      target,
      targetPrice: money(price),
      annualSaving: money(saving(price)),
    })),
    points: points.map((point) => ({
      __typename: 'BenchmarkPoint',
      annualUnitPrice: money(point.price),
      quantity: String(point.quantity),
      trustName: point.own
        ? TRUST.name
        : point.anonymous
          ? null
          : `Trust ${point.trust} NHS Foundation Trust`,
      trustOdsCode: point.own ? 'RAL' : point.anonymous ? null : `R${String(point.trust).padStart(2, '0')}`,
      supplierName: point.anonymous && !point.own ? null : `Supplier ${point.supplier} Ltd`,
      own: point.own,
    })),
  };
}

function priceVersusVolume(points: readonly Point[], pricingUnit: string) {
  return {
    __typename: 'PriceVersusVolume',
    n: points.length,
    spearman: -0.12,
    pricingUnit,
    points: points.map((point) => ({
      __typename: 'VolumePoint',
      quantity: String(point.quantity),
      trustName: point.own
        ? TRUST.name
        : point.anonymous
          ? null
          : `Trust ${point.trust} NHS Foundation Trust`,
      own: point.own,
      unitPrice: money(point.price),
    })),
    products: [
      {
        __typename: 'ProductCorrelation',
        productId: PRODUCT.id,
        name: PRODUCT.name,
        n: points.length,
        spearman: -0.12,
      },
    ],
  };
}

function answer(operationName: string, variables: Variables, points: readonly Point[]): unknown | null {
  const today = new Date().toISOString().slice(0, 10);
  switch (operationName) {
    case 'Viewer':
      return { me };
    case 'CompareChoices':
      return {
        regions: REGIONS.map(([code, name]) => ({ __typename: 'Region', code, name })),
        icbs: REGIONS.map(([code, name], index) => ({
          __typename: 'Icb',
          code: `Q${index}A`,
          name: `NHS ${name} Integrated Care Board`,
          region: { __typename: 'Region', code },
        })),
        ...(variables['searching']
          ? {
              products: {
                __typename: 'ProductConnection',
                totalCount: 1,
                edges: [{ __typename: 'ProductEdge', node: PRODUCT }],
              },
            }
          : {}),
        ...(variables['hasProduct'] ? { product: { ...PRODUCT, id: variables['productId'] } } : {}),
      };
    case 'ComparePage': {
      const input = variables['input'] as { pricingUnit?: string };
      return {
        priceBenchmark: priceBenchmark(points, input, today),
        ...(variables['withVolume']
          ? { priceVersusVolume: priceVersusVolume(points, input.pricingUnit ?? 'PER_USER') }
          : {}),
      };
    }
    case 'VolumeByProduct': {
      const { n, spearman, products } = priceVersusVolume(points, 'PER_USER');
      return { priceVersusVolume: { __typename: 'PriceVersusVolume', n, spearman, products } };
    }
    default:
      return null;
  }
}

export type MockApi = {
  /** Answers a browser context's GraphQL requests in place of a server. */
  install: (context: BrowserContext) => Promise<void>;
  /** The operations it did not answer (they got a GraphQL error: a page may show it could not load). */
  unanswered: Set<string>;
};

/** The self-contained benchmark's API, with a price benchmark of exactly `pointCount` prices. */
export function mockApi(pointCount: number): MockApi {
  const points = generatePoints(pointCount);
  const unanswered = new Set<string>();
  // Each answer is made once: a server's time to answer is not what the self-contained mode measures.
  const answers = new Map<string, string>();
  const respond = (operationName: string, variables: Variables): string => {
    const key = JSON.stringify([operationName, variables]);
    let text = answers.get(key);
    if (text === undefined) {
      const data = answer(operationName, variables, points);
      if (data === null) unanswered.add(operationName);
      text = JSON.stringify(
        data === null
          ? {
              data: null,
              errors: [
                { message: 'Not answered by the benchmark', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ],
            }
          : { data },
      );
      answers.set(key, text);
    }
    return text;
  };
  return {
    unanswered,
    install: async (context) => {
      await context.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as {
          operationName?: string;
          variables?: Variables;
        } | null;
        const text = respond(body?.operationName ?? '(unnamed)', body?.variables ?? {});
        await route.fulfill({ contentType: 'application/json', body: text });
      });
    },
  };
}
