import { graphql } from '../../../gql';
import type { BenchmarkSavings_BenchmarkFragment } from '../../../gql/graphql';
import { formatMoney } from '../../../shared/format/money';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import {
  isPositive,
  priceBasis,
  priceHeading,
  savingsTargetLabels,
  savingsTargetOrder,
} from '../compare-labels';

export const BenchmarkSavings_benchmark = graphql(`
  fragment BenchmarkSavings_benchmark on PriceBenchmark {
    pricingUnit
    ownLines {
      contractId
    }
    savings {
      target
      targetPrice {
        amount
      }
      annualSaving {
        amount
      }
    }
  }
`);

/**
 * What the viewer's trust would save a year at each target, the median first as the headline. A
 * central user has no trust of their own and no savings: nothing shows.
 */
export function BenchmarkSavings({ benchmark }: { benchmark: BenchmarkSavings_BenchmarkFragment }) {
  const { savings, pricingUnit } = benchmark;
  if (savings.length === 0) return null;
  if (benchmark.ownLines.length === 0) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>Your trust has no contracts in force for this, so there is no saving to show.</p>
      </div>
    );
  }
  const byTarget = [...savings].sort(
    (a, b) => savingsTargetOrder.indexOf(a.target) - savingsTargetOrder.indexOf(b.target),
  );
  const median = byTarget.find((saving) => saving.target === 'MEDIAN');
  const basis = priceBasis(pricingUnit);
  return (
    <>
      {median && (
        <div className="nhsuk-card nhsuk-card--feature concord-headline">
          <div className="nhsuk-card__content nhsuk-card__content--feature">
            <h2 className="nhsuk-card__heading nhsuk-card__heading--feature">Your saving</h2>
            {isPositive(median.annualSaving.amount) ? (
              <p className="nhsuk-heading-m" data-testid="headline-saving">
                You could save {formatMoney(median.annualSaving.amount)} a year at the median
              </p>
            ) : (
              <p className="nhsuk-heading-m" data-testid="headline-saving">
                You pay the median or less
              </p>
            )}
            {median.targetPrice && (
              <p className="nhsuk-card__description">
                {isPositive(median.annualSaving.amount)
                  ? `If each of your lines priced above the median paid the median, ${formatMoney(median.targetPrice.amount)} ${basis}.`
                  : `None of your lines is priced above the median, ${formatMoney(median.targetPrice.amount)} ${basis}.`}
              </p>
            )}
          </div>
        </div>
      )}
      <ResponsiveTable
        caption="Your saving a year at each price"
        captionSize="m"
        columns={[
          'At',
          { label: priceHeading(pricingUnit), numeric: true },
          { label: 'Saving a year', numeric: true },
        ]}
      >
        {byTarget.map((saving) => (
          <Row key={saving.target}>
            <RowHeader column="At">{savingsTargetLabels[saving.target]}</RowHeader>
            <Cell column={priceHeading(pricingUnit)} numeric>
              {saving.targetPrice ? formatMoney(saving.targetPrice.amount) : 'No framework prices this'}
            </Cell>
            <Cell column="Saving a year" numeric>
              {formatMoney(saving.annualSaving.amount)}
            </Cell>
          </Row>
        ))}
      </ResponsiveTable>
    </>
  );
}
