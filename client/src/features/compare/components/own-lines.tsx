import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { OwnLines_BenchmarkFragment } from '../../../gql/graphql';
import { formatQuantity } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { contractPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { priceHeading } from '../compare-labels';

export const OwnLines_benchmark = graphql(`
  fragment OwnLines_benchmark on PriceBenchmark {
    pricingUnit
    lineCount
    ownLines {
      contractId
      contractReference
      lineReference
      annualUnitPrice {
        amount
      }
      quantity
      percentile
    }
  }
`);

/** "68.8": one decimal place, none for a whole number. */
const formatPercentile = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Where each of the trust's own lines sits among the prices compared. */
export function OwnLines({ benchmark }: { benchmark: OwnLines_BenchmarkFragment }) {
  const { ownLines, pricingUnit } = benchmark;
  if (ownLines.length === 0) return null;
  const price = priceHeading(pricingUnit);
  return (
    <>
      <h2>Your position</h2>
      <p>
        The percentile is the share of the prices compared that are lower than yours: 0 is the lowest price,
        100 the highest. The lower, the better your deal.
      </p>
      <ResponsiveTable
        caption="Your lines"
        columns={[
          'Contract',
          'Line',
          { label: price, numeric: true },
          { label: 'Quantity', numeric: true },
          { label: 'Percentile', numeric: true },
        ]}
      >
        {ownLines.map((line) => (
          <Row key={`${line.contractId}-${line.lineReference}`}>
            <RowHeader column="Contract">
              <Link to={contractPath(line.contractId)}>{line.contractReference}</Link>
            </RowHeader>
            <Cell column="Line">{line.lineReference}</Cell>
            <Cell column={price} numeric>
              {formatMoney(line.annualUnitPrice.amount)}
            </Cell>
            <Cell column="Quantity" numeric>
              {formatQuantity(line.quantity)}
            </Cell>
            <Cell column="Percentile" numeric>
              {formatPercentile(line.percentile)}
            </Cell>
          </Row>
        ))}
      </ResponsiveTable>
    </>
  );
}
