import type { DateParts } from '../forms/dates';
import { FieldsetGroup, type LabelSize } from './form-group';

const boxes: { part: keyof DateParts; label: string; width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/**
 * The NHS date input: day, month and year boxes in a fieldset, as typed (`DateParts`). The day box
 * carries `id` (the others `${id}-month` and `${id}-year`), so an error summary link focuses it, as
 * it does the first of a group of radios. `onLeave` runs when focus leaves all three boxes.
 */
export function DateInput({
  id,
  legend,
  legendSize,
  hint,
  error,
  value,
  onChange,
  onLeave,
}: {
  id: string;
  legend: string;
  legendSize?: LabelSize;
  hint?: string;
  error?: string | null;
  value: DateParts;
  onChange: (value: DateParts) => void;
  onLeave?: () => void;
}) {
  return (
    <FieldsetGroup
      id={id}
      legend={legend}
      legendSize={legendSize}
      hint={hint}
      error={error}
      role="group"
      onLeave={onLeave}
    >
      <div className="nhsuk-date-input">
        {boxes.map(({ part, label, width }) => {
          const boxId = part === 'day' ? id : `${id}-${part}`;
          return (
            <div className="nhsuk-date-input__item" key={part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={boxId}>
                  {label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
                  id={boxId}
                  name={boxId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
