import type { CompareChoicesQuery, ComparePageQuery } from '../../gql/graphql';
import { procurementAtRoyalFree, user, type Me } from '../../test/render-frame';

/** Test data for the Compare page's component tests, in the shapes its queries ask for. */

const money = (amount: string) => ({ __typename: 'Money' as const, amount });

/** A procurement lead at the Royal Free, who may compare prices. */
export const priya: Me = user('Priya Procurement', [procurementAtRoyalFree]);

export const sentinel = {
  __typename: 'Product',
  id: 'product-sentinel',
  name: 'Sentinel Care Record',
  category: 'EPR',
  supplier: {
    __typename: 'Supplier',
    id: 'sup-brightwater',
    name: 'Brightwater Clinical Informatics UK Ltd',
  },
} as const;

const icb = (code: string, name: string, region: string) => ({
  __typename: 'Icb' as const,
  code,
  name,
  region: { __typename: 'Region' as const, code: region },
});

export function choicesAnswer(overrides: Partial<CompareChoicesQuery> = {}): CompareChoicesQuery {
  return {
    regions: [
      { __typename: 'Region', code: 'Y56', name: 'London' },
      { __typename: 'Region', code: 'Y60', name: 'Midlands' },
    ],
    icbs: [
      icb('QMJ', 'NHS North Central London Integrated Care Board', 'Y56'),
      icb('QKK', 'NHS South East London Integrated Care Board', 'Y56'),
      icb('QHL', 'NHS Birmingham and Solihull Integrated Care Board', 'Y60'),
    ],
    product: sentinel,
    ...overrides,
  };
}

type Benchmark = ComparePageQuery['priceBenchmark'];
type Point = Benchmark['points'][number];

const point = (amount: string, quantity: string, trust: string | null, own = false): Point => ({
  __typename: 'BenchmarkPoint',
  annualUnitPrice: money(amount),
  quantity,
  trustName: trust,
  trustOdsCode: trust ? trust.slice(0, 3).toUpperCase() : null,
  supplierName: trust ? 'Brightwater Clinical Informatics UK Ltd' : null,
  own,
});

/**
 * Sentinel Care Record per user, the docs' worked example: 8 prices from 30 to 70 (median 52.50),
 * the Royal Free paying 60 for 1,200 users (percentile 68.8), £9,000 a year above the median.
 */
export function benchmarkAnswer(overrides: Partial<Benchmark> = {}): ComparePageQuery {
  return {
    priceBenchmark: {
      __typename: 'PriceBenchmark',
      subject: 'Sentinel Care Record',
      pricingUnit: 'PER_USER',
      activeOn: '2026-11-23',
      trustCount: 8,
      lineCount: 8,
      minimumAnonymousTrusts: 5,
      anonymousWithheld: false,
      summary: {
        __typename: 'PriceSummary',
        minimum: money('30.0000'),
        lowerQuartile: money('43.7500'),
        median: money('52.5000'),
        upperQuartile: money('61.2500'),
        maximum: money('70.0000'),
        mean: money('51.8750'),
      },
      ceilings: [
        {
          __typename: 'BenchmarkCeiling',
          frameworkReference: 'CDX-2026-001',
          frameworkTitle: 'Clinical Digital Systems 2',
          lotNumber: 1,
          supplierName: 'Brightwater Clinical Informatics UK Ltd',
          annualUnitPrice: money('65.0000'),
          banded: false,
        },
      ],
      ownLines: [
        {
          __typename: 'OwnBenchmarkLine',
          contractId: 'contract-1',
          contractReference: 'RAL-2026-001',
          lineReference: 'L1',
          annualUnitPrice: money('60.0000'),
          quantity: '1200.00',
          percentile: 68.8,
        },
      ],
      savings: [
        {
          __typename: 'BenchmarkSaving',
          target: 'BEST',
          targetPrice: money('30.0000'),
          annualSaving: money('36000.00'),
        },
        {
          __typename: 'BenchmarkSaving',
          target: 'MEDIAN',
          targetPrice: money('52.5000'),
          annualSaving: money('9000.00'),
        },
        {
          __typename: 'BenchmarkSaving',
          target: 'LOWER_QUARTILE',
          targetPrice: money('43.7500'),
          annualSaving: money('19500.00'),
        },
        {
          __typename: 'BenchmarkSaving',
          target: 'CEILING',
          targetPrice: money('65.0000'),
          annualSaving: money('0.00'),
        },
      ],
      points: [
        point('30.0000', '5000.00', 'Leeds Teaching Hospitals'),
        point('40.0000', '800.00', null),
        point('45.0000', '300.00', '=HYPERLINK("http://evil.example","Click")'),
        point('50.0000', '900.00', null),
        point('55.0000', '700.00', null),
        point('60.0000', '1200.00', 'Royal Free London NHS Foundation Trust', true),
        point('65.0000', '150.00', null),
        point('70.0000', '100.00', 'Barts Health'),
      ],
      ...overrides,
    },
  };
}

type Volume = NonNullable<ComparePageQuery['priceVersusVolume']>;

const volumePoint = (quantity: string, amount: string, trust: string | null) => ({
  __typename: 'VolumePoint' as const,
  quantity,
  trustName: trust,
  own: trust === 'Royal Free London NHS Foundation Trust',
  unitPrice: money(amount),
});

/**
 * Sentinel Care Record per user against quantity, smallest first: 10 to 5,000 users (a wide spread,
 * so the axis is logarithmic), the Royal Free's line among them, bigger buyers paying less.
 */
export function volumeAnswer(overrides: Partial<Volume> = {}): Volume {
  return {
    __typename: 'PriceVersusVolume',
    n: 6,
    spearman: -0.886,
    pricingUnit: 'PER_USER',
    points: [
      volumePoint('10.00', '70.0000', 'Barts Health'),
      volumePoint('150.00', '65.0000', null),
      volumePoint('300.00', '45.0000', null),
      volumePoint('800.00', '40.0000', null),
      volumePoint('1200.00', '60.0000', 'Royal Free London NHS Foundation Trust'),
      volumePoint('5000.00', '30.0000', 'Leeds Teaching Hospitals'),
    ],
    ...overrides,
  };
}

/** Nothing in force compares. */
export const noLinesAnswer = (pricingUnit: Benchmark['pricingUnit'] = 'PER_USER'): ComparePageQuery =>
  benchmarkAnswer({
    pricingUnit,
    trustCount: 0,
    lineCount: 0,
    summary: null,
    ownLines: [],
    points: [],
    ceilings: [],
    savings: [
      { __typename: 'BenchmarkSaving', target: 'MEDIAN', targetPrice: null, annualSaving: money('0.00') },
    ],
  });
