import { useState } from 'react';
import type {
  StandardAppliesTo,
  StandardAssessment,
  StandardCategory,
  StandardStatus,
} from '../../../gql/graphql';
import { RecordForm, type RecordFormProps } from '../../../shared/forms/record-form';
import {
  appliesToHints,
  appliesToLabels,
  assessmentLabels,
  standardCategoryLabels,
  standardCategoryOrder,
  standardStatusHints,
  standardStatusLabels,
  standardStatusOrder,
} from '../../../shared/labels/catalogue';
import { DateInput } from '../../../shared/ui/date-input';
import { Radios } from '../../../shared/ui/radios';
import { Select } from '../../../shared/ui/select';
import { TextInput } from '../../../shared/ui/text-input';
import { Textarea } from '../../../shared/ui/textarea';
import {
  standardFieldOf,
  standardFields,
  validateStandard,
  type StandardAnswers,
  type StandardField,
  type StandardValues,
} from '../standard-form';
import { SupersedesSelect } from './supersedes-select';

const ids = Object.fromEntries(standardFields.map(({ field, id }) => [field, id])) as Record<
  StandardField,
  string
>;

/**
 * A standard's details, for adding one and for editing: checked here first, then by the server,
 * whose reasons land on the field they name. The levels box appears only for levelled assessment.
 */
export function StandardForm({
  initial,
  ownCode,
  ...page
}: RecordFormProps<StandardField, StandardAnswers> & {
  initial: StandardValues;
  /** The saved code of the standard being edited; null for a new one. */
  ownCode: string | null;
}) {
  const [values, setValues] = useState(initial);
  const errors = page.form.fieldErrors;

  const set = <K extends keyof StandardValues>(field: K, value: StandardValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <RecordForm
      page={page}
      what="standard"
      fields={standardFields}
      check={() => validateStandard(values)}
      fieldOf={standardFieldOf}
    >
      <TextInput
        id={ids.code}
        name="code"
        label="Code"
        hint="Short and unique: capital letters, digits and underscores, like DCB0129 or FHIR_UK_CORE"
        width={20}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={values.code}
        onChange={(event) => set('code', event.target.value)}
        error={errors.code}
      />
      <TextInput
        id={ids.name}
        name="name"
        label="Full name"
        autoComplete="off"
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        error={errors.name}
      />
      <TextInput
        id={ids.version}
        name="version"
        label="Version in force (optional)"
        hint="For example, 4.0 or 2024"
        width={10}
        autoComplete="off"
        spellCheck={false}
        value={values.version}
        onChange={(event) => set('version', event.target.value)}
        error={errors.version}
      />
      <TextInput
        id={ids.publisher}
        name="publisher"
        label="Publisher"
        hint="Who publishes and maintains it, for example NHS England or HL7 UK"
        autoComplete="off"
        value={values.publisher}
        onChange={(event) => set('publisher', event.target.value)}
        error={errors.publisher}
      />
      <TextInput
        id={ids.url}
        name="url"
        type="url"
        label="Publisher’s page (optional)"
        hint="The full address of the standard on the publisher’s website"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        value={values.url}
        onChange={(event) => set('url', event.target.value)}
        error={errors.url}
      />
      <Select
        id={ids.category}
        name="category"
        label="Area"
        placeholder="Choose an area"
        options={standardCategoryOrder.map((category) => ({
          value: category,
          label: standardCategoryLabels[category],
        }))}
        value={values.category}
        onChange={(event) => set('category', event.target.value as StandardCategory | '')}
        error={errors.category}
      />
      <Radios
        idPrefix={ids.appliesTo}
        name="appliesTo"
        legend="Who can declare conformance with it?"
        options={(['PRODUCT', 'ORGANISATION', 'BOTH'] as const).map((value) => ({
          value,
          label: appliesToLabels[value],
          hint: appliesToHints[value],
        }))}
        value={values.appliesTo}
        onChange={(value) => set('appliesTo', value as StandardAppliesTo)}
        error={errors.appliesTo}
      />
      <Radios
        idPrefix={ids.assessment}
        name="assessment"
        legend="How is conformance assessed?"
        options={[
          {
            value: 'PASS_FAIL',
            label: assessmentLabels.PASS_FAIL,
            hint: 'Met or not met, with nothing between',
          },
          {
            value: 'LEVELS',
            label: assessmentLabels.LEVELS,
            hint: 'One of the standard’s levels, such as Basic, Standards met and Approaching standards',
            conditional: (
              <Textarea
                id={ids.levels}
                name="levels"
                label="Levels"
                hint="One level a line, lowest first"
                rows={4}
                value={values.levels}
                onChange={(event) => set('levels', event.target.value)}
                error={errors.levels}
              />
            ),
          },
        ]}
        value={values.assessment}
        onChange={(value) => set('assessment', value as StandardAssessment)}
        error={errors.assessment}
      />
      <Radios
        idPrefix={ids.status}
        name="status"
        legend="Status"
        options={standardStatusOrder.map((value) => ({
          value,
          label: standardStatusLabels[value],
          hint: standardStatusHints[value],
        }))}
        value={values.status}
        onChange={(value) => set('status', value as StandardStatus)}
        error={errors.status}
      />
      <DateInput
        id="effective-from"
        legend="In force from (optional)"
        hint="For example, 1 4 2026"
        value={values.effectiveFrom}
        onChange={(date) => set('effectiveFrom', date)}
        error={errors.effectiveFrom}
      />
      <DateInput
        id="effective-to"
        legend="In force until (optional)"
        hint="The last day it applies, if it has an end date"
        value={values.effectiveTo}
        onChange={(date) => set('effectiveTo', date)}
        error={errors.effectiveTo}
      />
      <SupersedesSelect
        id={ids.supersedesCode}
        ownCode={ownCode}
        value={values.supersedesCode}
        onChange={(code) => set('supersedesCode', code)}
        error={errors.supersedesCode}
      />
    </RecordForm>
  );
}
