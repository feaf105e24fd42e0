import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { BillingPeriod, PricingUnit } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import { isoOrNull, type DateParts } from '../../../shared/forms/dates';
import {
  billingPeriodChoices,
  billingPeriodOrder,
  chargeLabel,
  periodLabel,
  pricingUnitChoices,
  pricingUnitOrder,
  productCategoryShortLabels,
  tierCalculationChoices,
  unitWords,
} from '../../../shared/labels/catalogue';
import { DateInput } from '../../../shared/ui/date-input';
import { focusSoon } from '../../../shared/ui/focus';
import { Select, type SelectOptionGroup } from '../../../shared/ui/select';
import { TextInput } from '../../../shared/ui/text-input';
import { fieldId } from '../draft';
import { ceilingOf, type FrameworkDates, type PriceDraft } from '../price-draft';
import { useFieldMessages } from '../../../shared/forms/form-messages';
import { PriceTermsFields } from './price-terms-fields';

// The products a supplier sells, to choose the version a price is for. Cached per supplier.
const SUPPLIER_PRODUCTS_QUERY = graphql(`
  query FrameworkEditorSupplierProducts($id: String!) {
    supplier(id: $id) {
      id
      name
      products {
        id
        name
        category
        versions {
          id
          version
        }
      }
    }
  }
`);

/**
 * One price of an approved supplier: as a form, or once done as a one-line summary with "Change".
 * A price with a message showing is always open, so the message can be read and acted on.
 */
export function PriceEditor({
  price,
  prefix,
  position,
  supplierId,
  supplierName,
  dates,
  onChange,
  onRemove,
}: {
  price: PriceDraft;
  prefix: string;
  position: number;
  supplierId: string;
  supplierName: string;
  dates: FrameworkDates;
  onChange: (price: PriceDraft) => void;
  onRemove: () => void;
}) {
  const messages = useFieldMessages();
  const open = price.open || messages.showsUnder(prefix);
  const changeId = fieldId(`${prefix}.change`);
  if (!open) {
    return (
      <div className="concord-fe-price concord-fe-price--closed">
        <div className="concord-fe-price__summary">
          <p className="nhsuk-body nhsuk-u-margin-bottom-1">
            <strong>{price.productLabel || `Price ${position}`}</strong>
          </p>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{describePrice(price)}</p>
        </div>
        <div className="nhsuk-button-group concord-fe-actions">
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            id={changeId}
            onClick={() => {
              onChange({ ...price, open: true });
              focusSoon(fieldId(`${prefix}.productVersionId`));
            }}
          >
            Change <span className="nhsuk-u-visually-hidden">price {position}</span>
          </button>
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={onRemove}
          >
            Remove <span className="nhsuk-u-visually-hidden">price {position}</span>
          </button>
        </div>
      </div>
    );
  }

  const key = (field: string) => `${prefix}.${field}`;
  const set = <F extends keyof PriceDraft>(field: F, value: PriceDraft[F]) => {
    onChange({ ...price, [field]: value });
    messages.edited(key(field));
  };
  const text = (field: 'role' | 'grade') => ({
    id: fieldId(key(field)),
    value: price[field],
    error: messages.error(key(field)),
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    onBlur: () => messages.touch(key(field)),
  });
  const date = (field: 'validFrom' | 'validTo') => ({
    id: fieldId(key(field)),
    value: price[field],
    error: messages.error(key(field)),
    onChange: (value: DateParts) => set(field, value),
    onLeave: () => messages.touch(key(field)),
  });
  const done = () => {
    if (messages.problemUnder(prefix)) {
      messages.reveal(prefix);
      return;
    }
    onChange({ ...price, open: false });
    focusSoon(changeId);
  };

  return (
    <fieldset className="nhsuk-fieldset concord-fe-price">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
        Price {position} <span className="nhsuk-u-visually-hidden">offered by {supplierName}</span>
      </legend>
      <ProductVersionSelect price={price} prefix={prefix} supplierId={supplierId} onChange={onChange} />
      <div className="concord-fe-pair">
        <Select
          id={fieldId(key('pricingUnit'))}
          fullWidth={false}
          label="What one unit is"
          placeholder="Choose a unit"
          value={price.pricingUnit}
          error={messages.error(key('pricingUnit'))}
          options={pricingUnitOrder.map((value) => ({ value, label: pricingUnitChoices[value] }))}
          onChange={({ target: { value } }) => set('pricingUnit', value as PricingUnit | '')}
          onBlur={() => messages.touch(key('pricingUnit'))}
        />
        <Select
          id={fieldId(key('billingPeriod'))}
          fullWidth={false}
          label="How often it is charged"
          placeholder="Choose how often"
          value={price.billingPeriod}
          error={messages.error(key('billingPeriod'))}
          options={billingPeriodOrder.map((value) => ({ value, label: billingPeriodChoices[value] }))}
          onChange={({ target: { value } }) => set('billingPeriod', value as BillingPeriod | '')}
          onBlur={() => messages.touch(key('billingPeriod'))}
        />
      </div>
      {price.pricingUnit === 'PER_DAY' && (
        <div className="concord-fe-pair">
          <TextInput
            {...text('role')}
            label="Role"
            hint="For example, Solution architect"
            autoComplete="off"
          />
          <TextInput {...text('grade')} label="Grade" hint="For example, Senior" autoComplete="off" />
        </div>
      )}
      <PriceTermsFields terms={price} prefix={prefix} pricingUnit={price.pricingUnit} onChange={onChange} />
      <DateInput
        {...date('validFrom')}
        legend="Valid from"
        legendSize="s"
        hint={
          dates.start
            ? `The first day the price applies: the framework’s start (${formatDate(dates.start)}) unless it starts later.`
            : 'The first day the price applies. For example, 1 4 2027'
        }
      />
      <DateInput
        {...date('validTo')}
        legend="Valid to (optional)"
        legendSize="s"
        hint="The last day it applies. Leave empty while it runs on with the framework."
      />
      <div className="nhsuk-button-group concord-fe-actions">
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          type="button"
          onClick={done}
        >
          Done <span className="nhsuk-u-visually-hidden">with price {position}</span>
        </button>
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          type="button"
          onClick={onRemove}
        >
          Remove <span className="nhsuk-u-visually-hidden">price {position}</span>
        </button>
      </div>
    </fieldset>
  );
}

/** "£2,045.00 per bed per year · 4 volume bands, cumulative · from 5 Jan 2026" */
export function describePrice(price: PriceDraft): string {
  const ceiling = ceilingOf(price);
  const amount = /^\d+(\.\d+)?$/.test(ceiling) ? formatMoney(ceiling) : 'no price yet';
  const { pricingUnit: unit, billingPeriod: period } = price;
  const charged =
    unit && period ? chargeLabel(unit, period) : unit ? unitWords(unit) : period ? periodLabel(period) : '';
  const parts = [charged ? `${amount} ${charged}` : amount];
  if (price.pricingUnit === 'PER_DAY' && (price.role || price.grade)) {
    parts.push([price.role, price.grade].filter(Boolean).join(', '));
  }
  if (price.tiers.length > 0) {
    const how = price.tierCalculation
      ? `, ${tierCalculationChoices[price.tierCalculation].label.toLowerCase()}`
      : '';
    parts.push(`${price.tiers.length} volume bands${how}`);
  }
  const from = isoOrNull(price.validFrom);
  const to = isoOrNull(price.validTo);
  if (from) parts.push(to ? `${formatDate(from)} to ${formatDate(to)}` : `from ${formatDate(from)}`);
  return parts.join(' · ');
}

function ProductVersionSelect({
  price,
  prefix,
  supplierId,
  onChange,
}: {
  price: PriceDraft;
  prefix: string;
  supplierId: string;
  onChange: (price: PriceDraft) => void;
}) {
  const messages = useFieldMessages();
  const { data, loading, error } = useQuery(SUPPLIER_PRODUCTS_QUERY, { variables: { id: supplierId } });
  const products = data?.supplier?.products ?? [];
  const groups: SelectOptionGroup[] = products
    .filter((product) => product.versions.length > 0)
    .map((product) => ({
      group: `${product.name} (${productCategoryShortLabels[product.category]})`,
      options: product.versions.map((version) => ({
        value: version.id,
        label: `${product.name} ${version.version}`,
      })),
    }));
  const known = groups.some((group) =>
    group.options.some((option) => option.value === price.productVersionId),
  );
  // A version chosen before (and saved) stays choosable even if the list has not loaded.
  const options =
    price.productVersionId && !known
      ? [
          { value: price.productVersionId, label: price.productLabel || 'The version chosen before' },
          ...groups,
        ]
      : groups;
  const key = `${prefix}.productVersionId`;
  return (
    <Select
      id={fieldId(key)}
      fullWidth={false}
      label="Product version"
      hint={
        error
          ? 'The supplier’s products could not be loaded. Try again later.'
          : !loading && groups.length === 0
            ? 'This supplier has no products in the catalogue yet. Add them on the supplier’s page first.'
            : undefined
      }
      placeholder={loading ? 'Loading the supplier’s products…' : 'Choose a product version'}
      value={price.productVersionId}
      error={messages.error(key)}
      options={options}
      onChange={({ target: { value } }) => {
        const label =
          groups.flatMap((group) => group.options).find((option) => option.value === value)?.label ?? '';
        onChange({ ...price, productVersionId: value, productLabel: label });
        messages.edited(key);
      }}
      onBlur={() => messages.touch(key)}
    />
  );
}
