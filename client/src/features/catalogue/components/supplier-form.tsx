import { useState } from 'react';
import { RecordForm, type RecordFormProps } from '../../../shared/forms/record-form';
import { Radios } from '../../../shared/ui/radios';
import { TextInput } from '../../../shared/ui/text-input';
import {
  supplierFieldOf,
  supplierFields,
  validateSupplier,
  type SupplierField,
  type SupplierValues,
} from '../supplier-form';

const ids = Object.fromEntries(supplierFields.map(({ field, id }) => [field, id])) as Record<
  SupplierField,
  string
>;

/**
 * A supplier's details, for adding one and for editing: checked here first, then by the server,
 * whose reasons land on the field they name.
 */
export function SupplierForm({
  initial,
  ...page
}: RecordFormProps<SupplierField, SupplierValues> & { initial: SupplierValues }) {
  const [values, setValues] = useState(initial);
  const errors = page.form.fieldErrors;

  const set = (field: SupplierField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <RecordForm
      page={page}
      what="supplier"
      fields={supplierFields}
      check={() => ({ errors: validateSupplier(values), answers: values })}
      fieldOf={supplierFieldOf}
    >
      <TextInput
        id={ids.name}
        name="name"
        label="Name"
        hint="The name it trades under, as Companies House records it"
        autoComplete="off"
        value={values.name}
        onChange={(event) => set('name')(event.target.value)}
        error={errors.name}
      />
      <TextInput
        id={ids.companiesHouseNumber}
        name="companiesHouseNumber"
        label="Companies House number"
        hint="8 digits, or 2 letters and 6 digits"
        width={10}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={values.companiesHouseNumber}
        onChange={(event) => set('companiesHouseNumber')(event.target.value)}
        error={errors.companiesHouseNumber}
      />
      <Radios
        idPrefix={ids.sme}
        name="sme"
        legend="Is it a small or medium-sized enterprise (SME)?"
        hint="Fewer than 250 staff, and a turnover of no more than £44 million or a balance sheet of no more than £38 million"
        inline
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={values.sme}
        onChange={set('sme')}
        error={errors.sme}
      />
      <TextInput
        id={ids.website}
        name="website"
        type="url"
        label="Website (optional)"
        hint="The full address, like https://www.example.com"
        autoComplete="url"
        spellCheck={false}
        autoCapitalize="none"
        value={values.website}
        onChange={(event) => set('website')(event.target.value)}
        error={errors.website}
      />
    </RecordForm>
  );
}
