import { FieldsetGroup } from './form-group';

export type CheckboxOption = { value: string; label: string };

/** An NHS checkbox group in a fieldset. Uncontrolled: the form reads the checked values on submit. */
export function Checkboxes({
  idPrefix,
  name,
  legend,
  hint,
  options,
  defaultValues,
}: {
  idPrefix: string;
  name: string;
  legend: string;
  hint?: string;
  options: readonly CheckboxOption[];
  defaultValues: readonly string[];
}) {
  return (
    <FieldsetGroup id={idPrefix} legend={legend} legendSize="s" hint={hint}>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        {options.map((option, index) => {
          const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
          return (
            <div className="nhsuk-checkboxes__item" key={option.value}>
              <input
                className="nhsuk-checkboxes__input"
                id={id}
                name={name}
                type="checkbox"
                value={option.value}
                defaultChecked={defaultValues.includes(option.value)}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
