import type { ReactNode } from 'react';
import { graphql } from '../../../gql';
import type { EarlierPrices_PricesFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import { bandsInOneLine, roleAndGrade } from '../../../shared/format/prices';
import { chargeLabel, isPerUnit } from '../../../shared/labels/catalogue';

export const EarlierPrices_prices = graphql(`
  fragment EarlierPrices_prices on CataloguePrice {
    id
    pricingUnit
    billingPeriod
    role
    grade
    validFrom
    validTo
    ceilingUnitPrice {
      amount
    }
    tiers {
      from
      to
      unitPrice {
        amount
      }
    }
    productVersion {
      id
      version
      product {
        id
        name
      }
    }
  }
`);

const columns = ['Product', 'Charged', 'Ceiling price', 'Applied'] as const;
type Column = (typeof columns)[number];

function Cell({ column, numeric, children }: { column: Column; numeric?: boolean; children: ReactNode }) {
  return (
    <td className={`nhsuk-table__cell${numeric ? ' nhsuk-table__cell--numeric' : ''}`} role="cell">
      <span className="nhsuk-table__heading" aria-hidden="true">
        {column}{' '}
      </span>
      {children}
    </td>
  );
}

/** Prices that ended or were replaced by an amendment, kept for the record after the current ones. */
export function EarlierPrices({ prices }: { prices: readonly EarlierPrices_PricesFragment[] }) {
  return (
    <div className="concord-product">
      <table className="nhsuk-table nhsuk-table--responsive" role="table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">Earlier prices</caption>
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            {columns.map((column) => (
              <th
                className={`nhsuk-table__header${column === 'Ceiling price' ? ' nhsuk-table__header--numeric' : ''}`}
                scope="col"
                role="columnheader"
                key={column}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {prices.map((price) => {
            const who = roleAndGrade(price.role, price.grade);
            const bands = price.tiers ?? [];
            return (
              <tr className="nhsuk-table__row" role="row" key={price.id}>
                <Cell column="Product">
                  {price.productVersion.product.name} {price.productVersion.version}
                  {who && <span className="nhsuk-u-display-block">{who}</span>}
                </Cell>
                <Cell column="Charged">{chargeLabel(price.pricingUnit, price.billingPeriod)}</Cell>
                <Cell column="Ceiling price" numeric>
                  {formatMoney(price.ceilingUnitPrice.amount)}
                  {isPerUnit(price.pricingUnit) && bands.length > 1 && (
                    <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">
                      {bandsInOneLine(price.pricingUnit, bands)}
                    </span>
                  )}
                </Cell>
                <Cell column="Applied">
                  <span className="concord-nowrap">{formatDate(price.validFrom)}</span> to{' '}
                  <span className="concord-nowrap">{price.validTo ? formatDate(price.validTo) : 'now'}</span>
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
