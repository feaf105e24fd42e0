import type { BillingPeriod, PricingUnit, ProductCategory } from '../../../gql/graphql';
import { formatQuantity } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { useFieldMessages } from '../../../shared/forms/form-messages';
import {
  billingPeriodChoices,
  billingPeriodOrder,
  isPerUnit,
  pricingUnitChoices,
  pricingUnitNouns,
  pricingUnitOrder,
  productCategoryLabels,
  productCategoryOrder,
} from '../../../shared/labels/catalogue';
import { Checkboxes } from '../../../shared/ui/checkboxes';
import { describedBy, FormGroup } from '../../../shared/ui/form-group';
import { MoneyInput } from '../../../shared/ui/money-input';
import { Radios } from '../../../shared/ui/radios';
import { Select, type SelectOptionGroup } from '../../../shared/ui/select';
import { Tag } from '../../../shared/ui/tag';
import { TextInput } from '../../../shared/ui/text-input';
import { Textarea } from '../../../shared/ui/textarea';
import { difference } from '../amounts';
import {
  fieldId,
  linePrefix,
  lineFlagOrder,
  type LineDraft,
  type LineFlag,
  type LinePreview,
} from '../contract-draft';

const flagChoices: Record<LineFlag, { label: string; hint: string }> = {
  rebate: { label: 'A rebate is paid back', hint: 'So the price overstates what the trust pays' },
  bundle: { label: 'Part of a bundle', hint: 'The price depends on other lines or contracts' },
  researchPartnership: {
    label: 'A research or development partnership',
    hint: 'Priced as part of a partnership, not as a plain purchase',
  },
  suppressed: {
    label: 'Keep it out of comparisons',
    hint: 'It stays in your register but never counts in benchmarks or savings figures',
  },
};

/**
 * One line of the contract: what was bought (a version of one of the supplier's products, or a
 * service described in words), its unit, billing period, quantity, price and discount, its context
 * flags, and underneath what it comes to a year, worked out as the person types.
 */
export function LineEditor({
  line,
  position,
  supplierName,
  versions,
  versionsHint,
  preview,
  onChange,
  onRemove,
}: {
  line: LineDraft;
  position: number;
  supplierName: string | null;
  /** The versions this line may buy: the supplier's, or a call-off's lot's. */
  versions: readonly SelectOptionGroup[];
  /** Why there are none to choose, when there are none. */
  versionsHint?: string;
  preview: LinePreview;
  onChange: (patch: Partial<LineDraft>) => void;
  onRemove: () => void;
}) {
  const messages = useFieldMessages();
  const at = linePrefix(line);
  const key = (field: string) => `${at}.${field}`;
  const set = (patch: Partial<LineDraft>) => {
    onChange(patch);
    for (const field of Object.keys(patch)) messages.edited(key(field));
  };
  const text = (
    field: 'description' | 'role' | 'grade' | 'quantity' | 'lineReference' | 'suppressionReason',
  ) => ({
    id: fieldId(key(field)),
    value: line[field],
    error: messages.error(key(field)),
    onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value }),
    onBlur: () => messages.touch(key(field)),
  });
  const known = versions.some((group) =>
    group.options.some((option) => option.value === line.productVersionId),
  );
  const versionOptions =
    line.productVersionId && !known
      ? [
          { value: line.productVersionId, label: line.productLabel || 'The version chosen before' },
          ...versions,
        ]
      : versions;
  const supplier = supplierName ?? 'the supplier';

  return (
    <fieldset className="nhsuk-fieldset concord-line">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Line {position}</legend>
      <Radios
        idPrefix={fieldId(key('kind'))}
        name={fieldId(key('kind'))}
        legend="What was bought?"
        legendSize="s"
        error={messages.error(key('kind'))}
        value={line.kind}
        onChange={(value) => set({ kind: value as LineDraft['kind'] })}
        options={[
          {
            value: 'product',
            label: `A product from ${supplier}’s catalogue`,
            conditional: (
              <>
                <Select
                  id={fieldId(key('productVersionId'))}
                  fullWidth={false}
                  label="Product version"
                  hint={versions.length === 0 ? versionsHint : undefined}
                  placeholder="Choose a product version"
                  value={line.productVersionId}
                  error={messages.error(key('productVersionId'))}
                  options={versionOptions}
                  onChange={({ target: { value } }) => {
                    const label =
                      versions.flatMap((group) => group.options).find((option) => option.value === value)
                        ?.label ?? '';
                    set({ productVersionId: value, productLabel: label });
                  }}
                  onBlur={() => messages.touch(key('productVersionId'))}
                />
                <TextInput
                  {...text('description')}
                  label="Description (optional)"
                  hint="What this line covers, if the product’s name does not say, such as Hosting for 2 sites"
                  autoComplete="off"
                />
              </>
            ),
          },
          {
            value: 'service',
            label: 'A service, or something not in the catalogue',
            conditional: (
              <>
                <TextInput
                  {...text('description')}
                  label="What was bought"
                  hint="For example, Implementation support or Data migration"
                  autoComplete="off"
                />
                <Select
                  id={fieldId(key('category'))}
                  fullWidth={false}
                  label="Kind of product or service"
                  placeholder="Choose a kind"
                  value={line.category}
                  error={messages.error(key('category'))}
                  options={productCategoryOrder.map((value) => ({
                    value,
                    label: productCategoryLabels[value],
                  }))}
                  onChange={({ target: { value } }) => set({ category: value as ProductCategory | '' })}
                  onBlur={() => messages.touch(key('category'))}
                />
              </>
            ),
          },
        ]}
      />

      <div className="concord-fe-pair">
        <Select
          id={fieldId(key('pricingUnit'))}
          fullWidth={false}
          label="What one unit is"
          placeholder="Choose a unit"
          value={line.pricingUnit}
          error={messages.error(key('pricingUnit'))}
          options={pricingUnitOrder.map((value) => ({ value, label: pricingUnitChoices[value] }))}
          onChange={({ target: { value } }) => set({ pricingUnit: value as PricingUnit | '' })}
          onBlur={() => messages.touch(key('pricingUnit'))}
        />
        <Select
          id={fieldId(key('billingPeriod'))}
          fullWidth={false}
          label="How often it is charged"
          placeholder="Choose how often"
          value={line.billingPeriod}
          error={messages.error(key('billingPeriod'))}
          options={billingPeriodOrder.map((value) => ({ value, label: billingPeriodChoices[value] }))}
          onChange={({ target: { value } }) => set({ billingPeriod: value as BillingPeriod | '' })}
          onBlur={() => messages.touch(key('billingPeriod'))}
        />
      </div>
      {line.pricingUnit === 'PER_DAY' && (
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

      <div className="concord-fe-pair">
        {line.pricingUnit === 'FIXED' ? (
          <p className="nhsuk-body concord-line__fixed">
            A fixed price is one charge, whatever the quantity.
          </p>
        ) : (
          <TextInput
            {...text('quantity')}
            label={
              line.pricingUnit && isPerUnit(line.pricingUnit)
                ? `Number of ${pricingUnitNouns[line.pricingUnit].many}`
                : 'Quantity'
            }
            hint={line.pricingUnit === 'PER_DAY' ? 'Up to 2 decimal places, like 12.5' : 'For example, 1200'}
            width={10}
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <MoneyInput
          id={fieldId(key('unitPrice'))}
          label="Unit price"
          hint="In pounds per billing period, before any discount, up to 4 decimal places"
          value={line.unitPrice}
          error={messages.error(key('unitPrice'))}
          onChange={({ target: { value } }) => set({ unitPrice: value })}
          onBlur={() => messages.touch(key('unitPrice'))}
        />
        <PercentInput
          id={fieldId(key('discountPercent'))}
          label="Discount (optional)"
          hint="Off the unit price, up to 2 decimal places"
          value={line.discountPercent}
          error={messages.error(key('discountPercent'))}
          onChange={(value) => set({ discountPercent: value })}
          onBlur={() => messages.touch(key('discountPercent'))}
        />
      </div>

      <Preview id={`${fieldId(at)}-preview`} line={line} preview={preview} />

      <Checkboxes
        idPrefix={fieldId(key('flags'))}
        name={fieldId(key('flags'))}
        legend="Does anything explain this price? (optional)"
        hint="Select all that apply"
        options={lineFlagOrder.map((flag) => ({
          value: flag,
          ...flagChoices[flag],
          conditional:
            flag === 'suppressed' ? (
              <Textarea
                {...text('suppressionReason')}
                label="Why is it kept out of comparisons?"
                rows={3}
                maxLength={2000}
              />
            ) : undefined,
        }))}
        values={line.flags}
        onChange={(values) => set({ flags: values as LineFlag[] })}
      />

      <TextInput
        {...text('lineReference')}
        label="Line reference (optional)"
        hint="Your own reference for the line. Left empty, lines are numbered L1, L2 and so on."
        width={10}
        autoComplete="off"
        spellCheck={false}
      />

      <button
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        type="button"
        onClick={onRemove}
      >
        Remove line <span className="nhsuk-u-visually-hidden">{position}</span>
      </button>
    </fieldset>
  );
}

/** A percentage typed as text, with a % suffix, as the NHS input with a suffix. */
function PercentInput({
  id,
  label,
  hint,
  value,
  error,
  onChange,
  onBlur,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string | null;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <div className="nhsuk-input-wrapper">
        <input
          className={`nhsuk-input nhsuk-input--width-5${error ? ' nhsuk-input--error' : ''}`}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        <div className="nhsuk-input-wrapper__suffix" aria-hidden="true">
          %
        </div>
      </div>
    </FormGroup>
  );
}

/** "per user", "per site", "the charge": one unit of the line in a phrase. */
const unitNoun = (line: LineDraft) =>
  line.pricingUnit && isPerUnit(line.pricingUnit) ? pricingUnitNouns[line.pricingUnit].one : null;

/** What the line comes to on the footing every comparison uses; announced as it changes. */
function Preview({ id, line, preview }: { id: string; line: LineDraft; preview: LinePreview }) {
  const noun = unitNoun(line);
  const each = noun ? ` a ${noun}` : '';
  return (
    <div className="concord-line__preview" id={id} aria-live="polite">
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">What it comes to</h3>
      {preview.kind === 'waiting' ? (
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
          {preview.reason} to see what this line comes to a year.
        </p>
      ) : line.billingPeriod === 'ONE_OFF' ? (
        <>
          <p className="nhsuk-body nhsuk-u-margin-bottom-1">
            <strong>{formatMoney(preview.figures.oneOffUnitPrice ?? preview.figures.netUnitPrice)}</strong>
            {each}, charged once
          </p>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            Spread over the {formatQuantity(preview.figures.termMonths)}-month term:{' '}
            <strong>{formatMoney(preview.figures.annualUnitPrice)}</strong>
            {each} a year. The line costs {formatMoney(preview.figures.annualCost)} a year,{' '}
            {formatMoney(preview.figures.totalCost)} in all.
          </p>
          <CeilingNote preview={preview} each={each} />
        </>
      ) : (
        <>
          <p className="nhsuk-body nhsuk-u-margin-bottom-1">
            <strong>{formatMoney(preview.figures.annualUnitPrice)}</strong>
            {each} a year
          </p>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            {line.billingPeriod === 'MONTHLY'
              ? `${formatMoney(preview.figures.netUnitPrice)}${each} a month after any discount. `
              : Number(plainDiscount(line)) > 0
                ? `${formatMoney(preview.figures.netUnitPrice)}${each} after the discount. `
                : ''}
            The line costs {formatMoney(preview.figures.annualCost)} a year,{' '}
            {formatMoney(preview.figures.totalCost)} over the {formatQuantity(preview.figures.termMonths)}
            -month term.
          </p>
          <CeilingNote preview={preview} each={each} />
        </>
      )}
    </div>
  );
}

const plainDiscount = (line: LineDraft) => line.discountPercent.trim().replace(/%$/, '') || '0';

function CeilingNote({ preview, each }: { preview: Extract<LinePreview, { kind: 'priced' }>; each: string }) {
  if (!preview.ceiling) return null;
  const over = difference(preview.figures.annualUnitPrice, preview.ceiling);
  const above = over !== null && !over.startsWith('-') && Number(over) > 0;
  return (
    <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
      The framework ceiling on the same footing is {formatMoney(preview.ceiling)}
      {each} a year.{' '}
      {above ? (
        <>
          <Tag colour="red">Above ceiling</Tag> by {formatMoney(over)}
          {each} a year.
        </>
      ) : (
        'This price is within it.'
      )}
    </p>
  );
}
