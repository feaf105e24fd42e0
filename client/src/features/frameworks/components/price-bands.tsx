import type { TierCalculation } from '../../../gql/graphql';
import { formatMoney } from '../../../shared/format/money';
import { bandExample, bandRange, type BandLike } from '../../../shared/format/prices';
import { pricingUnitNouns, tierCalculationRules, type CountedUnit } from '../../../shared/labels/catalogue';

/**
 * A price's volume bands as a small table ("1 to 250" beds at "£2,045.00" each), with how the bands
 * apply and a worked example in words.
 */
export function PriceBands({
  unit,
  calculation,
  bands,
  caption,
}: {
  unit: CountedUnit;
  calculation: TierCalculation | null;
  bands: readonly BandLike[];
  /** Names the table for screen readers, who may meet several on one page. */
  caption: string;
}) {
  const noun = pricingUnitNouns[unit];
  const example = calculation ? bandExample(unit, calculation, bands) : null;
  return (
    <>
      <table className="nhsuk-table concord-bands" role="table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            <th className="nhsuk-table__header" scope="col" role="columnheader">
              Number of {noun.many}
            </th>
            <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col" role="columnheader">
              Price per {noun.one}
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {bands.map((band) => (
            <tr className="nhsuk-table__row" role="row" key={band.from}>
              <td className="nhsuk-table__cell" role="cell">
                {bandRange(band)}
              </td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric" role="cell">
                {formatMoney(band.unitPrice.amount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {calculation && (
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
          {tierCalculationRules[calculation]}
          {example && <> {example}</>}
        </p>
      )}
    </>
  );
}
