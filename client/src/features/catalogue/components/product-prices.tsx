import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ProductPrices_ProductFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import { bandRange } from '../../../shared/format/prices';
import {
  chargeLabel,
  isPerUnit,
  pricingUnitNouns,
  tierCalculationSummaries,
} from '../../../shared/labels/catalogue';
import { frameworkPath } from '../../../shared/paths';
import { SyntheticPricesNotice } from '../../../shared/ui/synthetic-prices-notice';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';

export const ProductPrices_product = graphql(`
  fragment ProductPrices_product on Product {
    id
    name
    versions {
      id
      version
      cataloguePrices {
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
        tierCalculation
        tiers {
          from
          to
          unitPrice {
            amount
          }
        }
        award {
          id
          lot {
            id
            number
            title
            framework {
              id
              reference
              title
            }
          }
        }
      }
    }
  }
`);

type Version = ProductPrices_ProductFragment['versions'][number];
type Price = Version['cataloguePrices'][number];

const columns = ['Framework and lot', 'Charged', { label: 'Ceiling price', numeric: true }, 'Valid'] as const;

/**
 * Where a product can be bought: for each version, its ceiling prices on framework lots. Versions no
 * framework prices are listed at the end, so nobody mistakes them for an oversight.
 */
export function ProductPrices({ product }: { product: ProductPrices_ProductFragment }) {
  const priced = product.versions.filter((version) => version.cataloguePrices.length > 0);
  const unpriced = product.versions.filter((version) => version.cataloguePrices.length === 0);
  if (priced.length === 0) {
    return (
      <p>
        {product.name} has no ceiling prices on a published framework, so it cannot be called off from one
        yet.
      </p>
    );
  }
  return (
    <>
      <SyntheticPricesNotice />
      {[...priced].reverse().map((version) => (
        <VersionPrices key={version.id} productName={product.name} version={version} />
      ))}
      {unpriced.length > 0 && (
        <p>
          {unpriced.length === 1 ? 'Version ' : 'Versions '}
          {unpriced.map((version) => version.version).join(', ')} {unpriced.length === 1 ? 'has' : 'have'} no
          framework prices.
        </p>
      )}
    </>
  );
}

function VersionPrices({ productName, version }: { productName: string; version: Version }) {
  return (
    <>
      <h3>Version {version.version}</h3>
      <ResponsiveTable
        caption={`Framework ceiling prices of ${productName} version ${version.version}`}
        columns={columns}
      >
        {version.cataloguePrices.map((price) => (
          <PriceRow key={price.id} price={price} />
        ))}
      </ResponsiveTable>
    </>
  );
}

function PriceRow({ price }: { price: Price }) {
  const { lot } = price.award;
  const dayRate = [price.role, price.grade].filter(Boolean).join(', ');
  return (
    <Row>
      <RowHeader column="Framework and lot">
        <Link to={frameworkPath(lot.framework.reference)}>{lot.framework.title}</Link>
        <span className="nhsuk-u-secondary-text-colour concord-nowrap"> {lot.framework.reference}</span>
        <span className="nhsuk-u-display-block nhsuk-u-font-weight-normal">
          Lot {lot.number}: {lot.title}
        </span>
      </RowHeader>
      <Cell column="Charged">
        {capitalise(chargeLabel(price.pricingUnit, price.billingPeriod))}
        {dayRate && <span className="nhsuk-u-secondary-text-colour">, {dayRate}</span>}
      </Cell>
      <Cell column="Ceiling price" numeric>
        {price.tiers && price.tiers.length > 1 ? (
          <Bands price={price} />
        ) : (
          <span className="concord-nowrap">{formatMoney(price.ceilingUnitPrice.amount)}</span>
        )}
      </Cell>
      <Cell column="Valid">
        <span className="concord-nowrap">
          From {formatDate(price.validFrom)}
          {price.validTo && <span className="nhsuk-u-display-block">to {formatDate(price.validTo)}</span>}
        </span>
      </Cell>
    </Row>
  );
}

/** Volume bands, one a line: "1 to 100 beds £720.00", "101 and above £650.00". */
function Bands({ price }: { price: Price }) {
  const noun = isPerUnit(price.pricingUnit) ? pricingUnitNouns[price.pricingUnit].many : null;
  return (
    <>
      {(price.tiers ?? []).map((band, index) => (
        <span className="concord-nowrap nhsuk-u-display-block" key={band.from}>
          <span className="nhsuk-u-secondary-text-colour">
            {bandRange(band)}
            {index === 0 && noun ? ` ${noun}` : ''}:
          </span>{' '}
          {formatMoney(band.unitPrice.amount)}
        </span>
      ))}
      <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block">
        {tierCalculationSummaries[price.tierCalculation ?? 'CUMULATIVE']}
      </span>
    </>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
