import { Fragment, type ReactNode } from 'react';
import { FieldsetGroup, type LabelSize } from './form-group';

export type CheckboxOption = {
  value: string;
  label: string;
  hint?: string;
  /** Shown under the option while it is checked: the NHS conditional reveal (controlled groups only). */
  conditional?: ReactNode;
};

/**
 * An NHS checkbox group in a fieldset. Uncontrolled with `defaultValues` (a filter form reads the
 * checked values on submit), or controlled with `values` and `onChange` (an edit form). The first
 * option's id is `idPrefix` itself, so an error summary link reaches the group.
 */
export function Checkboxes({
  idPrefix,
  name,
  legend,
  legendSize = 's',
  hint,
  error,
  options,
  defaultValues,
  values,
  onChange,
  small = true,
}: {
  idPrefix: string;
  name: string;
  legend: string;
  legendSize?: LabelSize;
  hint?: string;
  error?: string | null;
  options: readonly CheckboxOption[];
  defaultValues?: readonly string[];
  values?: readonly string[];
  onChange?: (values: string[]) => void;
  small?: boolean;
}) {
  const toggle = (value: string, checked: boolean) => {
    if (!values || !onChange) return;
    onChange(checked ? [...values, value] : values.filter((chosen) => chosen !== value));
  };
  return (
    <FieldsetGroup id={idPrefix} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className={`nhsuk-checkboxes${small ? ' nhsuk-checkboxes--small' : ''}`}>
        {options.map((option, index) => {
          const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
          const checked = values ? values.includes(option.value) : undefined;
          const conditionalId = `conditional-${id}`;
          return (
            <Fragment key={option.value}>
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  {...(values
                    ? { checked, onChange: (event) => toggle(option.value, event.target.checked) }
                    : { defaultChecked: defaultValues?.includes(option.value) ?? false })}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                  aria-controls={option.conditional ? conditionalId : undefined}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-item-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
              {option.conditional && (
                <div
                  className={`nhsuk-checkboxes__conditional${checked ? '' : ' nhsuk-checkboxes__conditional--hidden'}`}
                  id={conditionalId}
                >
                  {checked && option.conditional}
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
