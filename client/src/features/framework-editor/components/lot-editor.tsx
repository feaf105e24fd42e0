import { useState, type Dispatch } from 'react';
import type { ProductCategory, StandardsPicker_StandardsFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { productCategoryLabels, productCategoryOrder } from '../../../shared/labels/catalogue';
import { DateInput } from '../../../shared/ui/date-input';
import { focusSoon } from '../../../shared/ui/focus';
import { ListError } from '../../../shared/ui/form-group';
import { Select } from '../../../shared/ui/select';
import { TextInput } from '../../../shared/ui/text-input';
import { Textarea } from '../../../shared/ui/textarea';
import {
  awardPrefix,
  fieldId,
  lotPrefix,
  pricePrefix,
  type DraftAction,
  type LotDraft,
  type LotFields,
} from '../draft';
import { newKey, type AwardDraft, type FrameworkDates } from '../price-draft';
import { useFieldMessages } from '../../../shared/forms/form-messages';
import { PriceEditor } from './price-editor';
import { StandardsPicker } from './standards-picker';
import { SupplierPicker } from './supplier-picker';

/** One lot of the draft: its own fields, required standards and approved suppliers with their prices. */
export function LotEditor({
  lot,
  position,
  standards,
  dates,
  dispatch,
}: {
  lot: LotDraft;
  position: number;
  standards: readonly StandardsPicker_StandardsFragment[];
  dates: FrameworkDates;
  dispatch: Dispatch<DraftAction>;
}) {
  const messages = useFieldMessages();
  const [picking, setPicking] = useState(false);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const at = lotPrefix(lot);
  const key = (field: string) => `${at}.${field}`;
  const update = (field: keyof LotFields, patch: Partial<LotFields>) => {
    dispatch({ type: 'lot', lot: lot.key, patch });
    messages.edited(key(field === 'standardCodes' ? 'standards' : field));
  };
  const text = (field: 'number' | 'title' | 'scope') => ({
    id: fieldId(key(field)),
    value: lot[field],
    error: messages.error(key(field)),
    onChange: (event: { target: { value: string } }) => update(field, { [field]: event.target.value }),
    onBlur: () => messages.touch(key(field)),
  });
  const name = `Lot ${lot.number.trim() || position}`;
  const headingId = `${fieldId(at)}-heading`;
  const pickerId = fieldId(`${at}.supplierSearch`);
  const addSupplierId = fieldId(key('awards'));
  const awarded = new Map(lot.awards.map((award) => [award.supplierId, 'Already approved on this lot']));
  const priceCount = lot.awards.reduce((sum, award) => sum + award.prices.length, 0);

  return (
    <section className="concord-fe-lot" aria-labelledby={headingId}>
      <div className="concord-fe-lot__header">
        <h3 className="nhsuk-heading-m nhsuk-u-margin-bottom-0" id={headingId}>
          {name}
          {lot.title.trim() ? `: ${lot.title.trim()}` : ''}
        </h3>
        {!confirmingRemove && (
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            type="button"
            onClick={() => (lot.awards.length > 0 ? setConfirmingRemove(true) : remove())}
          >
            Remove lot <span className="nhsuk-u-visually-hidden">{lot.number.trim() || position}</span>
          </button>
        )}
      </div>
      {confirmingRemove && (
        <div className="concord-fe-confirm" role="group" aria-label={`Remove ${name}?`}>
          <p className="nhsuk-body">
            Remove {name} with its {formatCount(lot.awards.length, 'approved supplier')} and{' '}
            {formatCount(priceCount, 'price')}? Nothing is removed for good until you save the draft.
          </p>
          <div className="nhsuk-button-group concord-fe-actions">
            <button
              className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
              type="button"
              onClick={remove}
            >
              Yes, remove {name}
            </button>
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="button"
              onClick={() => setConfirmingRemove(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <TextInput
        {...text('number')}
        label="Lot number"
        hint="A whole number from 1 to 999, different for each lot"
        width={3}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextInput {...text('title')} label="Title" autoComplete="off" />
      <Select
        id={fieldId(key('category'))}
        fullWidth={false}
        label="Category"
        hint="The kind of product the lot covers"
        placeholder="Choose a category"
        value={lot.category}
        error={messages.error(key('category'))}
        options={productCategoryOrder.map((value) => ({ value, label: productCategoryLabels[value] }))}
        onChange={({ target: { value } }) => update('category', { category: value as ProductCategory | '' })}
        onBlur={() => messages.touch(key('category'))}
      />
      <Textarea
        {...text('scope')}
        label="Scope (optional)"
        hint="What trusts may buy through this lot"
        rows={3}
      />
      <StandardsPicker
        id={fieldId(key('standards'))}
        standards={standards}
        chosen={lot.standardCodes}
        error={messages.error(key('standards'))}
        onChange={(codes) => update('standardCodes', { standardCodes: codes })}
      />

      <h4 className="nhsuk-heading-s nhsuk-u-margin-top-5">Approved suppliers</h4>
      {lot.awards.length === 0 && <p className="nhsuk-body-s">No suppliers are approved on this lot yet.</p>}
      {lot.awards.map((award) => (
        <AwardEditor key={award.key} lot={lot} award={award} dates={dates} dispatch={dispatch} />
      ))}
      <ListError id={addSupplierId} error={messages.error(key('awards'))} />
      {picking ? (
        <SupplierPicker
          id={pickerId}
          label={`Search for a supplier to approve on ${name}`}
          unavailable={awarded}
          onPick={(supplier) => {
            const awardKey = newKey();
            dispatch({ type: 'addAward', lot: lot.key, key: awardKey, supplier });
            messages.edited(key('awards'));
            setPicking(false);
            focusSoon(fieldId(`${at}.awards.${awardKey}.prices`));
          }}
          onCancel={() => {
            setPicking(false);
            focusSoon(addSupplierId);
          }}
        />
      ) : (
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          id={addSupplierId}
          onClick={() => {
            setPicking(true);
            focusSoon(pickerId);
          }}
        >
          Add a supplier <span className="nhsuk-u-visually-hidden">to {name}</span>
        </button>
      )}
    </section>
  );

  function remove() {
    dispatch({ type: 'removeLot', lot: lot.key });
    focusSoon(fieldId('lots'));
  }
}

function AwardEditor({
  lot,
  award,
  dates,
  dispatch,
}: {
  lot: LotDraft;
  award: AwardDraft;
  dates: FrameworkDates;
  dispatch: Dispatch<DraftAction>;
}) {
  const messages = useFieldMessages();
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const at = awardPrefix(lot, award);
  const supplierKey = `${at}.supplierId`;
  const awardedOnKey = `${at}.awardedOn`;
  const addPriceId = fieldId(`${at}.prices`);
  const remove = () => {
    dispatch({ type: 'removeAward', lot: lot.key, award: award.key });
    focusSoon(fieldId(`${lotPrefix(lot)}.awards`));
  };

  return (
    <section className="concord-fe-award" aria-labelledby={fieldId(supplierKey)}>
      <div className="concord-fe-award__header">
        <h5 className="nhsuk-heading-s nhsuk-u-margin-bottom-0" id={fieldId(supplierKey)} tabIndex={-1}>
          {award.supplierName}
        </h5>
        {!confirmingRemove && (
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            type="button"
            onClick={() => (award.prices.length > 0 ? setConfirmingRemove(true) : remove())}
          >
            Remove <span className="nhsuk-u-visually-hidden">{award.supplierName} from this lot</span>
          </button>
        )}
      </div>
      <ListError id={fieldId(supplierKey)} error={messages.error(supplierKey)} />
      {confirmingRemove && (
        <div className="concord-fe-confirm" role="group" aria-label={`Remove ${award.supplierName}?`}>
          <p className="nhsuk-body">
            Remove {award.supplierName} from this lot with its {formatCount(award.prices.length, 'price')}?
          </p>
          <div className="nhsuk-button-group concord-fe-actions">
            <button
              className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
              type="button"
              onClick={remove}
            >
              Yes, remove {award.supplierName}
            </button>
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="button"
              onClick={() => setConfirmingRemove(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <DateInput
        id={fieldId(awardedOnKey)}
        legend="Date approved (optional)"
        legendSize="s"
        hint="When the supplier was awarded a place on the lot. For example, 12 2 2027"
        value={award.awardedOn}
        error={messages.error(awardedOnKey)}
        onChange={(value) => {
          dispatch({ type: 'awardedOn', lot: lot.key, award: award.key, value });
          messages.edited(awardedOnKey);
        }}
        onLeave={() => messages.touch(awardedOnKey)}
      />
      {award.prices.length === 0 && <p className="nhsuk-body-s">No prices yet.</p>}
      {award.prices.map((price, index) => (
        <PriceEditor
          key={price.key}
          price={price}
          prefix={pricePrefix(lot, award, price)}
          position={index + 1}
          supplierId={award.supplierId}
          supplierName={award.supplierName}
          dates={dates}
          onChange={(next) => dispatch({ type: 'price', lot: lot.key, award: award.key, price: next })}
          onRemove={() => {
            dispatch({ type: 'removePrice', lot: lot.key, award: award.key, price: price.key });
            focusSoon(addPriceId);
          }}
        />
      ))}
      <ListError id={addPriceId} error={messages.error(`${at}.prices`)} />
      <button
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        type="button"
        id={addPriceId}
        onClick={() => {
          const priceKey = newKey();
          dispatch({ type: 'addPrice', lot: lot.key, award: award.key, key: priceKey });
          messages.edited(`${at}.prices`);
          focusSoon(fieldId(`${at}.prices.${priceKey}.productVersionId`));
        }}
      >
        Add a price <span className="nhsuk-u-visually-hidden">for {award.supplierName}</span>
      </button>
    </section>
  );
}
