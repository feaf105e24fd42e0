import '../compare.css';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { SavingsLines_OpportunityFragment, SavingsTarget } from '../../../gql/graphql';
import { formatMoney } from '../../../shared/format/money';
import { contractPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader, type Column } from '../../../shared/ui/table';
import { priceBasis, savingsTargetLabels } from '../compare-labels';
import { comparePathFor } from '../compare-links';

export const SavingsLines_opportunity = graphql(`
  fragment SavingsLines_opportunity on SavingsOpportunity {
    contractId
    contractReference
    lineReference
    trustName
    supplierName
    item
    productId
    serviceRole
    grade
    pricingUnit
    unitPrice {
      amount
    }
    targetPrice {
      amount
    }
    annualSaving {
      amount
    }
  }
`);

/**
 * Lines priced above a target, largest saving first: what is bought (a link to compare it), where it
 * is bought, the price paid and the target on the same footing, and the saving a year. `showTrust`
 * adds the buyer for views across trusts.
 */
export function SavingsLines({
  lines,
  target,
  caption,
  showTrust = false,
}: {
  lines: readonly SavingsLines_OpportunityFragment[];
  target: SavingsTarget;
  caption: string;
  showTrust?: boolean;
}) {
  const targetHeading = savingsTargetLabels[target];
  const columns: Column[] = [
    'What',
    ...(showTrust ? ['Trust'] : []),
    'Supplier',
    'Contract',
    { label: 'Price paid', numeric: true },
    { label: targetHeading, numeric: true },
    { label: 'Saving a year', numeric: true },
  ];
  return (
    <ResponsiveTable caption={caption} columns={columns}>
      {lines.map((line) => {
        const comparePath = comparePathFor(line);
        const basis = priceBasis(line.pricingUnit);
        return (
          <Row key={`${line.contractId}/${line.lineReference}`}>
            <RowHeader column="What">
              {comparePath ? (
                <Link to={comparePath}>
                  {line.item}
                  <span className="nhsuk-u-visually-hidden">: compare prices</span>
                </Link>
              ) : (
                line.item
              )}
            </RowHeader>
            {showTrust && <Cell column="Trust">{line.trustName}</Cell>}
            <Cell column="Supplier">{line.supplierName}</Cell>
            <Cell column="Contract">
              <Link className="concord-nowrap" to={contractPath(line.contractId)}>
                {line.contractReference}
              </Link>
              {` line ${line.lineReference}`}
            </Cell>
            <Cell column="Price paid" numeric>
              {formatMoney(line.unitPrice.amount)} <span className="concord-basis">{basis}</span>
            </Cell>
            <Cell column={targetHeading} numeric>
              {formatMoney(line.targetPrice.amount)}
            </Cell>
            <Cell column="Saving a year" numeric>
              <strong>{formatMoney(line.annualSaving.amount)}</strong>
            </Cell>
          </Row>
        );
      })}
    </ResponsiveTable>
  );
}
