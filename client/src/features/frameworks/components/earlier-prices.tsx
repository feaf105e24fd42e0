import { graphql } from '../../../gql';
import type { EarlierPrices_PricesFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import { bandsInOneLine, roleAndGrade } from '../../../shared/format/prices';
import { chargeLabel, isPerUnit } from '../../../shared/labels/catalogue';
import { Cell, ResponsiveTable, Row } from '../../../shared/ui/table';

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

const columns = ['Product', 'Charged', { label: 'Ceiling price', numeric: true }, 'Applied'];

/** Prices that ended or were replaced by an amendment, kept for the record after the current ones. */
export function EarlierPrices({ prices }: { prices: readonly EarlierPrices_PricesFragment[] }) {
  return (
    <div className="concord-product">
      <ResponsiveTable caption="Earlier prices" captionSize="s" columns={columns}>
        {prices.map((price) => {
          const who = roleAndGrade(price.role, price.grade);
          const bands = price.tiers ?? [];
          return (
            <Row key={price.id}>
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
            </Row>
          );
        })}
      </ResponsiveTable>
    </div>
  );
}
