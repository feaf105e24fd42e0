import { useState, type FormEvent } from 'react';
import { emptyDate } from '../../../shared/forms/dates';
import { hasErrors } from '../../../shared/forms/form-errors';
import { FormProblemSummary, type FormProblemState } from '../../../shared/forms/form-problem';
import { DateInput } from '../../../shared/ui/date-input';
import { TextInput } from '../../../shared/ui/text-input';
import { useAddProductVersionMutation } from '../mutations/use-add-product-version-mutation';
import {
  validateVersion,
  VERSION_MAX_LENGTH,
  versionFieldOf,
  versionFields,
  type VersionField,
  type VersionValues,
} from '../product-form';

const noVersion: VersionValues = { version: '', releasedOn: emptyDate };

/** Adds a version to a product, from its page; for those who may edit it. */
export function AddVersionForm({
  product,
  form,
}: {
  product: { id: string; name: string; versions: readonly { version: string }[] };
  /** The form's problem state, held by the page so its title can say there is an error. */
  form: FormProblemState<VersionField>;
}) {
  const [values, setValues] = useState<VersionValues>(noVersion);
  const [addVersion, { loading }] = useAddProductVersionMutation(product);
  const errors = form.fieldErrors;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const existing = product.versions.map((version) => version.version);
    const { errors: invalid, releasedOn } = validateVersion(values, existing);
    if (hasErrors(invalid)) return form.show({ kind: 'invalid', errors: invalid });
    if (form.showOutcome(await addVersion(values.version.trim(), releasedOn), versionFieldOf)) {
      form.clear();
      setValues(noVersion);
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h3>Add a version</h3>
        <FormProblemSummary
          problem={form.problem}
          attempt={form.attempt}
          fields={versionFields}
          what="version"
        />
        <form noValidate aria-label="Add a version" onSubmit={(event) => void submit(event)}>
          <TextInput
            id="new-version"
            name="version"
            label="Version"
            hint={`Up to ${VERSION_MAX_LENGTH} letters, digits, dots or hyphens, like 4.3 or 2026.2`}
            width={10}
            autoComplete="off"
            spellCheck={false}
            value={values.version}
            onChange={(event) => setValues((current) => ({ ...current, version: event.target.value }))}
            error={errors.version}
          />
          <DateInput
            id="released-on"
            legend="Release date (optional)"
            hint="For example, 15 3 2026"
            value={values.releasedOn}
            onChange={(releasedOn) => setValues((current) => ({ ...current, releasedOn }))}
            error={errors.releasedOn}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={loading}>
            Add version
          </button>
        </form>
      </div>
    </div>
  );
}
