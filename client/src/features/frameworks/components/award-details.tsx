import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { AwardDetails_AwardFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatDate } from '../../../shared/format/date';
import { productPath, supplierPath } from '../../../shared/paths';
import { EarlierPrices } from './earlier-prices';
import { PriceDetails } from './price-details';

export const AwardDetails_award = graphql(`
  fragment AwardDetails_award on LotAward {
    id
    awardedOn
    supplier {
      id
      name
      sme
    }
    prices {
      id
      productVersion {
        id
        version
        product {
          id
          name
        }
      }
      ...PriceDetails_price
    }
    allPrices: prices(includeReplaced: true) {
      id
      ...EarlierPrices_prices
    }
  }
`);

type Price = AwardDetails_AwardFragment['prices'][number];

/** Prices side by side by product version, in the server's order (by product name). */
function byProductVersion(prices: readonly Price[]): { version: Price['productVersion']; prices: Price[] }[] {
  const groups: { version: Price['productVersion']; prices: Price[] }[] = [];
  for (const price of prices) {
    const group = groups.find((g) => g.version.id === price.productVersion.id);
    if (group) group.prices.push(price);
    else groups.push({ version: price.productVersion, prices: [price] });
  }
  return groups;
}

/**
 * An approved supplier on a lot, as an expander: the supplier's name outside; inside, a link to the
 * supplier, and its products with their ceiling prices and calculators, then any earlier prices.
 */
export function AwardDetails({
  award,
  priceNames,
}: {
  award: AwardDetails_AwardFragment;
  /** Each price's name, different from every other price in the lot. */
  priceNames: ReadonlyMap<string, string>;
}) {
  const current = new Set(award.prices.map((price) => price.id));
  const earlier = award.allPrices.filter((price) => !current.has(price.id));
  const { supplier } = award;
  return (
    <details className="nhsuk-details nhsuk-expander concord-award">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{supplier.name}</span>
      </summary>
      <div className="nhsuk-details__text">
        <p className="nhsuk-body-s">
          {award.awardedOn && <>Approved on {formatDate(award.awardedOn)}. </>}
          {supplier.sme && <>A small or medium-sized enterprise (SME). </>}
          {formatCount(award.prices.length, 'price')} in force.{' '}
          <Link to={supplierPath(supplier.id)}>Supplier details</Link>
        </p>
        {award.prices.length === 0 && <p>This supplier has no prices in force on this lot.</p>}
        {byProductVersion(award.prices).map(({ version, prices }) => (
          <div className="concord-product" key={version.id}>
            <h4 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
              <Link to={productPath(version.product.id)}>{version.product.name}</Link>{' '}
              <span className="nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour">
                version {version.version}
              </span>
            </h4>
            {prices.map((price) => (
              <PriceDetails key={price.id} price={price} name={priceNames.get(price.id) ?? price.id} />
            ))}
          </div>
        ))}
        {earlier.length > 0 && <EarlierPrices prices={earlier} />}
      </div>
    </details>
  );
}
