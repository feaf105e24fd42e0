import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { LotSection_LotFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { productCategoryLabels } from '../../../shared/labels/catalogue';
import { standardPath } from '../../../shared/paths';
import { SummaryList } from '../../../shared/ui/summary-list';
import { uniquePriceNames } from '../price-names';
import { AwardDetails } from './award-details';

export const LotSection_lot = graphql(`
  fragment LotSection_lot on Lot {
    id
    number
    title
    scope
    category
    requiredStandards {
      id
      code
      name
    }
    awards {
      id
      prices {
        id
        pricingUnit
        billingPeriod
        role
        grade
        validFrom
        productVersion {
          id
          version
          product {
            id
            name
          }
        }
      }
      ...AwardDetails_award
    }
  }
`);

/** The id of a lot's section, for links to it from the top of the page. */
export const lotAnchor = (number: number) => `lot-${number}`;

/** The heading of a lot: "Lot 1: Electronic patient records". */
export const lotHeading = (lot: { number: number; title: string }) => `Lot ${lot.number}: ${lot.title}`;

/**
 * One lot: its scope, category and required standards, then each approved supplier as an expander
 * holding its prices. A labelled region, so a person (or a test) can find things within one lot.
 */
export function LotSection({ lot }: { lot: LotSection_LotFragment }) {
  const anchor = lotAnchor(lot.number);
  const priceNames = uniquePriceNames(lot.awards.flatMap((award) => award.prices));
  return (
    <section className="concord-section" id={anchor} aria-labelledby={`${anchor}-heading`}>
      <h2 id={`${anchor}-heading`}>{lotHeading(lot)}</h2>
      {lot.scope && <p>{lot.scope}</p>}
      <SummaryList
        rows={[
          { key: 'Category', value: productCategoryLabels[lot.category] },
          {
            key: 'Required standards',
            value:
              lot.requiredStandards.length === 0 ? (
                'None'
              ) : (
                <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                  {lot.requiredStandards.map((standard) => (
                    <li key={standard.id} className="nhsuk-u-margin-bottom-1">
                      <Link to={standardPath(standard.code)}>{standard.name}</Link>{' '}
                      <span className="nhsuk-u-secondary-text-colour concord-nowrap">({standard.code})</span>
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <h3>Approved suppliers</h3>
      {lot.awards.length === 0 ? (
        <p>No suppliers are approved on this lot yet.</p>
      ) : (
        <>
          <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
            {formatCount(lot.awards.length, 'supplier')}. Open a supplier to see its products, ceiling prices
            and volume bands, and to work out what a quantity would cost.
          </p>
          {lot.awards.map((award) => (
            <AwardDetails key={award.id} award={award} priceNames={priceNames} />
          ))}
        </>
      )}
    </section>
  );
}
