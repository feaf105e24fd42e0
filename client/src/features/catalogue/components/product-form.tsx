import { useRef, useState } from 'react';
import type { ProductCategory } from '../../../gql/graphql';
import { RecordForm, type RecordFormProps } from '../../../shared/forms/record-form';
import { productCategoryLabels, productCategoryOrder } from '../../../shared/labels/catalogue';
import { describedBy, FormGroup } from '../../../shared/ui/form-group';
import { Select } from '../../../shared/ui/select';
import { TextInput } from '../../../shared/ui/text-input';
import { Textarea } from '../../../shared/ui/textarea';
import {
  DESCRIPTION_MAX_LENGTH,
  productFieldOf,
  productFields,
  validateProduct,
  versionId,
  type ProductField,
  type ProductValues,
} from '../product-form';
import { CpvCodePicker } from './cpv-code-picker';

/** Who sells the product: fixed (shown as text), or chosen from a list by a central user. */
export type SupplierChoice =
  | { kind: 'fixed'; name: string }
  | { kind: 'choose'; suppliers: readonly { id: string; name: string }[]; more: boolean };

/**
 * A product's details, for adding one (with its first versions) and for editing: checked here
 * first, then by the server, whose reasons land on the field they name.
 */
export function ProductForm({
  caption,
  initial,
  supplier,
  creating,
  ...page
}: RecordFormProps<ProductField, ProductValues & { category: ProductCategory }> & {
  caption?: string;
  initial: ProductValues;
  supplier: SupplierChoice;
  creating: boolean;
}) {
  const [values, setValues] = useState(initial);
  const errors = page.form.fieldErrors;
  const versionInputs = useRef<(HTMLInputElement | null)[]>([]);

  const set = <K extends keyof ProductValues>(field: K, value: ProductValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  function addVersion() {
    const index = values.versions.length;
    set('versions', [...values.versions, '']);
    // The new box takes focus, so keyboard and screen reader users land where they will type.
    requestAnimationFrame(() => versionInputs.current[index]?.focus());
  }

  function removeVersion(index: number) {
    set(
      'versions',
      values.versions.filter((_, i) => i !== index),
    );
    // Errors name boxes by position, which has just changed: they are checked again on saving.
    page.form.clear();
    requestAnimationFrame(() => versionInputs.current[Math.max(0, index - 1)]?.focus());
  }

  return (
    <RecordForm
      page={page}
      caption={caption}
      what="product"
      fields={productFields(values, creating)}
      check={() => ({
        errors: validateProduct(values, creating),
        answers: values.category ? { ...values, category: values.category } : null,
      })}
      fieldOf={productFieldOf}
    >
      {supplier.kind === 'choose' && (
        <Select
          id="supplier"
          name="supplierId"
          label="Supplier"
          hint={
            supplier.more
              ? 'The first 100 suppliers by name. For another, add the product from the supplier’s own page.'
              : undefined
          }
          placeholder="Choose the supplier that sells it"
          options={supplier.suppliers.map((choice) => ({ value: choice.id, label: choice.name }))}
          value={values.supplierId}
          onChange={(event) => set('supplierId', event.target.value)}
          error={errors.supplierId}
        />
      )}
      <TextInput
        id="name"
        name="name"
        label="Product name"
        hint="As the supplier sells it, without the version"
        autoComplete="off"
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        error={errors.name}
      />
      <Select
        id="category"
        name="category"
        label="Category"
        placeholder="Choose a category"
        options={productCategoryOrder.map((category) => ({
          value: category,
          label: productCategoryLabels[category],
        }))}
        value={values.category}
        onChange={(event) => set('category', event.target.value as ProductCategory | '')}
        error={errors.category}
      />
      <CpvCodePicker
        id="cpv-search"
        value={values.cpvCode ? { code: values.cpvCode, label: values.cpvLabel } : null}
        onChange={(choice) =>
          setValues((current) => ({ ...current, cpvCode: choice.code, cpvLabel: choice.label }))
        }
        error={errors.cpvCode}
      />
      <Textarea
        id="description"
        name="description"
        label="Description (optional)"
        hint="What it does and who it is for, in plain English. Leave a blank line between paragraphs."
        rows={6}
        maxLength={DESCRIPTION_MAX_LENGTH}
        value={values.description}
        onChange={(event) => set('description', event.target.value)}
        error={errors.description}
      />
      {creating && (
        <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-6" aria-describedby="versions-hint">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Versions</legend>
          <div className="nhsuk-hint" id="versions-hint">
            The versions on sale now, like 4.2 or 2026.1. You can add later versions from the product’s page.
          </div>
          {values.versions.map((version, index) => {
            const id = versionId(index);
            const error = errors[`versions.${index}`];
            return (
              <FormGroup key={index} id={id} label={`Version ${index + 1}`} error={error}>
                <div className="concord-input-with-action">
                  <input
                    className={`nhsuk-input nhsuk-input--width-10${error ? ' nhsuk-input--error' : ''}`}
                    id={id}
                    name="versions"
                    type="text"
                    autoComplete="off"
                    spellCheck={false}
                    aria-describedby={describedBy(id, null, error)}
                    value={version}
                    ref={(input) => {
                      versionInputs.current[index] = input;
                    }}
                    onChange={(event) =>
                      set(
                        'versions',
                        values.versions.map((v, i) => (i === index ? event.target.value : v)),
                      )
                    }
                  />
                  {values.versions.length > 1 && (
                    <button
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      type="button"
                      onClick={() => removeVersion(index)}
                    >
                      Remove<span className="nhsuk-u-visually-hidden"> version {index + 1}</span>
                    </button>
                  )}
                </div>
              </FormGroup>
            );
          })}
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={addVersion}>
            Add another version
          </button>
        </fieldset>
      )}
      {supplier.kind === 'fixed' && creating && (
        <p className="nhsuk-body">
          The product will be listed under <strong>{supplier.name}</strong>.
        </p>
      )}
    </RecordForm>
  );
}
