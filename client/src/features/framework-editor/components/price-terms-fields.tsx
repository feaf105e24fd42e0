import type { PricingUnit, TierCalculation } from '../../../gql/graphql';
import { formatMoney } from '../../../shared/format/money';
import { isPerUnit, pricingUnitNouns, tierCalculationChoices } from '../../../shared/labels/catalogue';
import { focusSoon } from '../../../shared/ui/focus';
import { ListError } from '../../../shared/ui/form-group';
import { MoneyInput } from '../../../shared/ui/money-input';
import { Radios } from '../../../shared/ui/radios';
import { fieldId } from '../draft';
import {
  ceilingOf,
  newKey,
  withBandAdded,
  withBandChanged,
  withBandRemoved,
  type PriceTermsDraft,
  type TierDraft,
} from '../price-draft';
import { useFieldMessages } from '../../../shared/forms/form-messages';

/**
 * The ceiling unit price, optional volume bands and how they apply, under `prefix`. Used for a
 * price in the draft editor and for the new terms of a price amendment.
 */
export function PriceTermsFields<T extends PriceTermsDraft>({
  terms,
  prefix,
  pricingUnit,
  onChange,
}: {
  terms: T;
  prefix: string;
  pricingUnit: PricingUnit | '';
  onChange: (terms: T) => void;
}) {
  const messages = useFieldMessages();
  const banded = terms.tiers.length > 0;
  const ceilingKey = `${prefix}.ceilingUnitPrice`;
  const calculationKey = `${prefix}.tierCalculation`;
  const bandsKey = `${prefix}.tiers`;
  const addBands = () => {
    const next = withBandAdded(terms, newKey);
    onChange(next);
    messages.edited(bandsKey);
    // The first time, the first band's end is next to fill in; later, the new band's.
    const focus = next.tiers[terms.tiers.length === 0 ? 0 : terms.tiers.length];
    if (focus) focusSoon(fieldId(`${prefix}.tiers.${focus.key}.${focus.from ? 'to' : 'from'}`));
  };
  const ceiling = ceilingOf(terms);
  return (
    <>
      {!banded && (
        <MoneyInput
          id={fieldId(ceilingKey)}
          label="Ceiling unit price"
          hint="The most a trust pays for one unit, in pounds, up to 4 decimal places. For example, 12.50 or 0.0150."
          value={terms.ceilingUnitPrice}
          error={messages.error(ceilingKey)}
          onChange={({ target: { value } }) => {
            onChange({ ...terms, ceilingUnitPrice: value });
            messages.edited(ceilingKey);
          }}
          onBlur={() => messages.touch(ceilingKey)}
        />
      )}
      {!banded && pricingUnit !== 'FIXED' && (
        <div className="nhsuk-form-group">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
            Does the price per unit fall as trusts buy more? Add volume bands.
          </p>
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            type="button"
            id={fieldId(bandsKey)}
            onClick={addBands}
          >
            Add volume bands
          </button>
        </div>
      )}
      {banded && (
        <>
          <BandsTable terms={terms} prefix={prefix} pricingUnit={pricingUnit} onChange={onChange} />
          <ListError id={fieldId(bandsKey)} error={messages.error(bandsKey)} />
          <div className="nhsuk-button-group concord-fe-actions">
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="button"
              id={fieldId(bandsKey)}
              onClick={addBands}
            >
              Add another band
            </button>
          </div>
          <p className="nhsuk-body-s">
            Ceiling unit price:{' '}
            <strong>{ceiling && /^\d+(\.\d+)?$/.test(ceiling) ? formatMoney(ceiling) : 'not set'}</strong>{' '}
            (the first band’s price, set for you).
          </p>
          <Radios
            idPrefix={fieldId(calculationKey)}
            name={fieldId(calculationKey)}
            legend="How do the bands apply?"
            legendSize="s"
            small
            error={messages.error(calculationKey)}
            value={terms.tierCalculation}
            options={(['CUMULATIVE', 'SINGLE_FIXED'] as TierCalculation[]).map((value) => ({
              value,
              ...tierCalculationChoices[value],
            }))}
            onChange={(value) => {
              onChange({ ...terms, tierCalculation: value as TierCalculation });
              messages.edited(calculationKey);
            }}
          />
        </>
      )}
    </>
  );
}

type BandField = 'from' | 'to' | 'unitPrice';

function BandsTable<T extends PriceTermsDraft>({
  terms,
  prefix,
  pricingUnit,
  onChange,
}: {
  terms: T;
  prefix: string;
  pricingUnit: PricingUnit | '';
  onChange: (terms: T) => void;
}) {
  const messages = useFieldMessages();
  const noun = pricingUnit && isPerUnit(pricingUnit) ? pricingUnitNouns[pricingUnit].many : 'units';
  const key = (tier: TierDraft, field: BandField) => `${prefix}.tiers.${tier.key}.${field}`;
  const change = (tier: TierDraft, field: BandField, value: string) => {
    onChange(withBandChanged(terms, tier.key, { [field]: value }));
    messages.edited(key(tier, field));
  };
  const last = terms.tiers.length - 1;

  const headings: Record<BandField, string> = {
    from: `From (${noun})`,
    to: `To (${noun})`,
    unitPrice: 'Unit price',
  };
  const cell = (tier: TierDraft, index: number, field: BandField, label: string) => {
    const id = fieldId(key(tier, field));
    const error = messages.error(key(tier, field));
    const input = (
      <input
        className={`nhsuk-input ${field === 'from' ? 'nhsuk-input--width-5' : 'nhsuk-input--width-10'}${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        type="text"
        inputMode={field === 'unitPrice' ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        value={tier[field]}
        placeholder={field === 'to' && index === last ? 'and above' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => change(tier, field, event.target.value)}
        onBlur={() => messages.touch(key(tier, field))}
      />
    );
    return (
      <td className="nhsuk-table__cell" role="cell">
        {/* On narrow screens each band's cells stack, each with its column's heading. */}
        <span className="nhsuk-table__heading" aria-hidden="true">
          {headings[field]}
        </span>
        <div className={`nhsuk-form-group nhsuk-u-margin-bottom-0${error ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={id}>
            Band {index + 1}: {label}
          </label>
          {error && (
            <span className="nhsuk-error-message" id={`${id}-error`}>
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {error}
            </span>
          )}
          {field === 'unitPrice' ? (
            <div className="nhsuk-input-wrapper">
              <div className="nhsuk-input-wrapper__prefix" aria-hidden="true">
                £
              </div>
              {input}
            </div>
          ) : (
            input
          )}
        </div>
      </td>
    );
  };

  return (
    <table className="nhsuk-table nhsuk-table--responsive concord-fe-bands" role="table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">
        Volume bands
        <span className="nhsuk-hint nhsuk-u-font-size-16 nhsuk-u-margin-bottom-0 concord-fe-bands__hint">
          Each band runs from its first to its last number of {noun}. The next band starts one after; leave
          the last band’s end empty for “and above”.
        </span>
      </caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {(['from', 'to', 'unitPrice'] as const).map((field) => (
            <th className="nhsuk-table__header" scope="col" role="columnheader" key={field}>
              {headings[field]}
            </th>
          ))}
          <th className="nhsuk-table__header" scope="col" role="columnheader">
            <span className="nhsuk-u-visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {terms.tiers.map((tier, index) => (
          <tr className="nhsuk-table__row" role="row" key={tier.key}>
            {cell(tier, index, 'from', `first ${noun.replace(/s$/, '')}`)}
            {cell(
              tier,
              index,
              'to',
              index === last
                ? `last ${noun.replace(/s$/, '')} (empty for “and above”)`
                : `last ${noun.replace(/s$/, '')}`,
            )}
            {cell(tier, index, 'unitPrice', 'unit price in pounds')}
            <td className="nhsuk-table__cell" role="cell">
              <button
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                type="button"
                onClick={() => {
                  onChange(withBandRemoved(terms, tier.key));
                  focusSoon(fieldId(`${prefix}.tiers`));
                }}
              >
                Remove <span className="nhsuk-u-visually-hidden">band {index + 1}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
