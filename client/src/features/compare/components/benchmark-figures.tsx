import { graphql } from '../../../gql';
import type { BenchmarkFigures_BenchmarkFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { SummaryList } from '../../../shared/ui/summary-list';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { priceBasis, priceHeading } from '../compare-labels';

export const BenchmarkFigures_benchmark = graphql(`
  fragment BenchmarkFigures_benchmark on PriceBenchmark {
    pricingUnit
    trustCount
    lineCount
    summary {
      minimum {
        amount
      }
      lowerQuartile {
        amount
      }
      median {
        amount
      }
      upperQuartile {
        amount
      }
      maximum {
        amount
      }
      mean {
        amount
      }
    }
    ceilings {
      frameworkReference
      frameworkTitle
      lotNumber
      supplierName
      annualUnitPrice {
        amount
      }
      banded
    }
  }
`);

/** The spread of the prices compared, each a year's price of one unit. */
export function BenchmarkFigures({ benchmark }: { benchmark: BenchmarkFigures_BenchmarkFragment }) {
  const { summary, pricingUnit } = benchmark;
  if (!summary) return null;
  const money = (amount: string) => `${formatMoney(amount)} ${priceBasis(pricingUnit)}`;
  return (
    <>
      <h2>The prices compared</h2>
      <SummaryList
        rows={[
          { key: 'Trusts', value: formatCount(benchmark.trustCount, 'trust') },
          { key: 'Contract lines', value: formatCount(benchmark.lineCount, 'line') },
          { key: 'Lowest', value: money(summary.minimum.amount) },
          { key: 'Lower quartile', value: money(summary.lowerQuartile.amount) },
          { key: 'Median', value: money(summary.median.amount) },
          { key: 'Upper quartile', value: money(summary.upperQuartile.amount) },
          { key: 'Highest', value: money(summary.maximum.amount) },
          { key: 'Mean', value: money(summary.mean.amount) },
        ]}
      />
    </>
  );
}

/** The framework ceilings in force for what is compared, lowest first as the server gives them. */
export function FrameworkCeilings({ benchmark }: { benchmark: BenchmarkFigures_BenchmarkFragment }) {
  const { ceilings, pricingUnit } = benchmark;
  if (ceilings.length === 0) {
    return (
      <>
        <h2>Framework ceilings</h2>
        <p>No framework in force sets a ceiling price for this.</p>
      </>
    );
  }
  const price = priceHeading(pricingUnit);
  return (
    <ResponsiveTable
      caption="Framework ceilings"
      captionSize="m"
      columns={[
        'Framework',
        'Lot',
        'Supplier',
        { label: `Ceiling ${priceBasis(pricingUnit)}`, numeric: true },
      ]}
    >
      {ceilings.map((ceiling) => (
        <Row key={`${ceiling.frameworkReference}-${ceiling.lotNumber}-${ceiling.supplierName}`}>
          <RowHeader column="Framework">
            {ceiling.frameworkTitle} <span className="concord-nowrap">({ceiling.frameworkReference})</span>
          </RowHeader>
          <Cell column="Lot">{ceiling.lotNumber}</Cell>
          <Cell column="Supplier">{ceiling.supplierName}</Cell>
          <Cell column={price} numeric>
            {formatMoney(ceiling.annualUnitPrice.amount)}
            {ceiling.banded && <span className="nhsuk-body-s"> (first volume band; less for more)</span>}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
