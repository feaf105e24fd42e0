import { useId, useState } from 'react';
import { graphql } from '../../../gql';
import type { PriceCalculator_PriceFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { countOf } from '../../../shared/format/prices';
import { isPerUnit, pricingUnitNouns } from '../../../shared/labels/catalogue';
import { TextInput } from '../../../shared/ui/text-input';
import { calculate, defaultInput, type CalculatorInput } from '../calculator';

export const PriceCalculator_price = graphql(`
  fragment PriceCalculator_price on CataloguePrice {
    id
    pricingUnit
    billingPeriod
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
  }
`);

/** "36 months (3 years)", "18 months", "1 month". */
export function termWords(months: number): string {
  const inMonths = formatCount(months, 'month');
  return months % 12 === 0 ? `${inMonths} (${formatCount(months / 12, 'year')})` : inMonths;
}

/**
 * What a quantity of a catalogue price costs over a term, worked out in the browser as the person
 * types, with the shared calculator the server uses. The fieldset is named after the price
 * (`name`), so each calculator on a page, and its fields, can be told apart.
 */
export function PriceCalculator({ price, name }: { price: PriceCalculator_PriceFragment; name: string }) {
  const id = useId();
  const [input, setInput] = useState<CalculatorInput>(() => defaultInput(price.pricingUnit));
  const result = calculate(price, input);
  const errors = result.kind === 'invalid' ? result.errors : {};
  const perUnit = isPerUnit(price.pricingUnit);

  const hintId = `${id}-hint`;
  const priceErrorId = `${id}-price-error`;
  return (
    // Nothing to submit: the cost follows the fields as they change.
    <form className="concord-calculator" noValidate onSubmit={(event) => event.preventDefault()}>
      <div className={`nhsuk-form-group${errors.price ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset
          className="nhsuk-fieldset"
          aria-describedby={errors.price ? `${hintId} ${priceErrorId}` : hintId}
        >
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{name}</legend>
          <div className="nhsuk-hint" id={hintId}>
            {perUnit
              ? 'The cost at the ceiling price. It changes as you type.'
              : 'A fixed charge, whatever the quantity: only the term changes the cost.'}
          </div>
          {errors.price && (
            <p className="nhsuk-error-message" id={priceErrorId}>
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {errors.price}
            </p>
          )}
          <div className="concord-calculator__fields">
            {isPerUnit(price.pricingUnit) && (
              <TextInput
                id={`${id}-quantity`}
                label={`Quantity (${pricingUnitNouns[price.pricingUnit].many})`}
                width={10}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                value={input.quantity}
                error={errors.quantity}
                onChange={(event) => setInput({ ...input, quantity: event.target.value })}
              />
            )}
            <TextInput
              id={`${id}-term`}
              label="Term (months)"
              width={4}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              value={input.termMonths}
              error={errors.termMonths}
              onChange={(event) => setInput({ ...input, termMonths: event.target.value })}
            />
          </div>
          <div className="concord-calculator__result" aria-live="polite">
            {result.kind === 'quote' ? (
              <Quote price={price} result={result} />
            ) : (
              <p className="nhsuk-body nhsuk-u-secondary-text-colour">
                {errors.price
                  ? 'No cost can be shown for this price.'
                  : 'Correct the answers above to see the cost.'}
              </p>
            )}
          </div>
        </fieldset>
      </div>
    </form>
  );
}

function Quote({
  price,
  result,
}: {
  price: PriceCalculator_PriceFragment;
  result: Extract<ReturnType<typeof calculate>, { kind: 'quote' }>;
}) {
  const { quote } = result;
  const unit = price.pricingUnit;
  const rows: { key: string; value: string }[] = [
    { key: 'Total cost', value: formatMoney(quote.totalCost) },
    { key: 'Annual cost', value: formatMoney(quote.annualCost) },
  ];
  if (price.billingPeriod === 'MONTHLY')
    rows.push({ key: 'Monthly charge', value: formatMoney(quote.chargePerPeriod) });
  if (isPerUnit(unit)) {
    rows.push({
      key: `Effective annual price per ${pricingUnitNouns[unit].one}`,
      value: formatMoney(quote.effectiveAnnualUnitPrice),
    });
  }
  return (
    <>
      <p className="nhsuk-body nhsuk-u-margin-bottom-2">
        {isPerUnit(unit)
          ? `${countOf(unit, result.quantity)} over ${termWords(result.termMonths)}, at the ceiling price:`
          : `Over ${termWords(result.termMonths)}, at the ceiling price:`}
      </p>
      <dl className="nhsuk-summary-list concord-calculator__quote">
        {rows.map((row) => (
          <div className="nhsuk-summary-list__row" key={row.key}>
            <dt className="nhsuk-summary-list__key">{row.key}</dt>
            <dd className="nhsuk-summary-list__value">{row.value}</dd>
          </div>
        ))}
      </dl>
      {price.billingPeriod === 'ONE_OFF' && (
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
          A one-off charge is paid once; the annual cost spreads it over the term.
        </p>
      )}
    </>
  );
}
