import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { hasErrors } from '../../../shared/forms/form-errors';
import { FormProblemSummary, type FormProblemState } from '../../../shared/forms/form-problem';
import type { MutationOutcome } from '../../../shared/graphql/mutation';
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
  heading,
  initial,
  submitLabel,
  cancelTo,
  saving,
  onSave,
  onReload,
  form,
}: {
  heading: string;
  initial: SupplierValues;
  submitLabel: string;
  cancelTo: string;
  saving: boolean;
  onSave: (values: SupplierValues) => Promise<MutationOutcome>;
  /** Loads the supplier again after someone else saved it first (editing only). */
  onReload?: () => void;
  /** The form's problem state, held by the page so its title can say there is an error. */
  form: FormProblemState<SupplierField>;
}) {
  const [values, setValues] = useState(initial);
  const errors = form.fieldErrors;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const invalid = validateSupplier(values);
    if (hasErrors(invalid)) return form.show({ kind: 'invalid', errors: invalid });
    form.showOutcome(await onSave(values), supplierFieldOf);
  }

  const set = (field: SupplierField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormProblemSummary
          problem={form.problem}
          attempt={form.attempt}
          fields={supplierFields}
          what="supplier"
          onReload={onReload}
        />
        <h1>{heading}</h1>
        <form noValidate onSubmit={(event) => void submit(event)}>
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
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="submit" disabled={saving}>
              {submitLabel}
            </button>
            <Link className="nhsuk-link" to={cancelTo}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
