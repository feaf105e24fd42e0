import { useId, useState } from 'react';
import { graphql } from '../../../gql';
import type { PriceDetails_PriceFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import { roleAndGrade } from '../../../shared/format/prices';
import { chargeLabel, isPerUnit } from '../../../shared/labels/catalogue';
import { PriceBands } from './price-bands';
import { PriceCalculator } from './price-calculator';

export const PriceDetails_price = graphql(`
  fragment PriceDetails_price on CataloguePrice {
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
    ...PriceCalculator_price
  }
`);

/** Today as a `LocalDate`, in the viewer's calendar. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** When a price applies, when that is worth saying: it ends, or it has not started yet. */
export function validityWords(validFrom: string, validTo: string | null, on = today()): string | null {
  if (validTo) return `Applies from ${formatDate(validFrom)} to ${formatDate(validTo)}`;
  return validFrom > on ? `Applies from ${formatDate(validFrom)}` : null;
}

/**
 * One ceiling price of a product: the amount and how it is charged in words, a day rate's role and
 * grade, the volume bands, and a calculator behind a "Price this" button (a disclosure). `name`
 * tells it from the other prices in its lot (see `uniquePriceNames`).
 */
export function PriceDetails({ price, name }: { price: PriceDetails_PriceFragment; name: string }) {
  const bands = price.tiers ?? [];
  const unit = price.pricingUnit;
  const who = roleAndGrade(price.role, price.grade);
  const validity = validityWords(price.validFrom, price.validTo);
  const [open, setOpen] = useState(false);
  const calculatorId = useId();
  return (
    <div className="concord-price">
      <p className="nhsuk-body nhsuk-u-margin-bottom-2">
        {who && <span className="nhsuk-u-display-block nhsuk-u-font-weight-bold">{who}</span>}
        Up to <span className="concord-price__amount">{formatMoney(price.ceilingUnitPrice.amount)}</span>{' '}
        {chargeLabel(unit, price.billingPeriod)}
        {bands.length > 1 && ', by volume band:'}
      </p>
      {isPerUnit(unit) && bands.length > 1 && (
        <PriceBands
          unit={unit}
          calculation={price.tierCalculation}
          bands={bands}
          caption={`Volume bands: ${name}`}
        />
      )}
      {validity && (
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">{validity}</p>
      )}
      <button
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-3"
        type="button"
        // The visible words first, then which price (unique in the lot), read as one phrase.
        aria-label={`Price this: ${name}`}
        aria-expanded={open}
        aria-controls={calculatorId}
        onClick={() => setOpen(!open)}
      >
        Price this
      </button>
      <div className="concord-price__calculator" id={calculatorId} hidden={!open}>
        <PriceCalculator price={price} name={name} />
      </div>
    </div>
  );
}
