import type { ReactNode } from 'react';
import { FieldsetGroup, type LabelSize } from './form-group';

export type RadioOption = {
  value: string;
  label: string;
  hint?: string;
  /** Shown under the option while it is chosen: the NHS conditional reveal. */
  conditional?: ReactNode;
};

/**
 * NHS radios in a fieldset with legend, hint and error message; controlled. The first option's id
 * is `idPrefix` itself, so an error summary link reaches the group.
 */
export function Radios({
  idPrefix,
  name,
  legend,
  legendSize,
  hint,
  error,
  options,
  value,
  onChange,
  inline = false,
  small = false,
}: {
  idPrefix: string;
  name: string;
  legend: string;
  /** Bold (s) or a heading size; regular text when not given, like a text input's label. */
  legendSize?: LabelSize;
  hint?: string;
  error?: string | null;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}) {
  const classes = ['nhsuk-radios', inline && 'nhsuk-radios--inline', small && 'nhsuk-radios--small'];
  return (
    <FieldsetGroup id={idPrefix} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className={classes.filter(Boolean).join(' ')}>
        {options.map((option, index) => (
          <RadioItem
            key={option.value}
            id={index === 0 ? idPrefix : `${idPrefix}-${index + 1}`}
            name={name}
            option={option}
            checked={option.value === value}
            onChange={onChange}
          />
        ))}
      </div>
    </FieldsetGroup>
  );
}

function RadioItem({
  id,
  name,
  option,
  checked,
  onChange,
}: {
  id: string;
  name: string;
  option: RadioOption;
  checked: boolean;
  onChange: (value: string) => void;
}) {
  const itemHintId = `${id}-item-hint`;
  const conditionalId = `conditional-${id}`;
  return (
    <>
      <div className="nhsuk-radios__item">
        <input
          className="nhsuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={option.value}
          checked={checked}
          onChange={() => onChange(option.value)}
          aria-describedby={option.hint ? itemHintId : undefined}
          // No aria-expanded: radios do not support it (axe's aria-allowed-attr); the revealed
          // fields follow the radio in reading order.
          aria-controls={option.conditional ? conditionalId : undefined}
        />
        <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
          {option.label}
        </label>
        {option.hint && (
          <div className="nhsuk-hint nhsuk-radios__hint" id={itemHintId}>
            {option.hint}
          </div>
        )}
      </div>
      {option.conditional && (
        <div
          className={`nhsuk-radios__conditional${checked ? '' : ' nhsuk-radios__conditional--hidden'}`}
          id={conditionalId}
        >
          {checked && option.conditional}
        </div>
      )}
    </>
  );
}
