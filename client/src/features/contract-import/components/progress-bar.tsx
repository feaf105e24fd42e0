/**
 * A progress bar with its label and, under it, how far it has gone in words: a status region, so
 * screen readers hear each change politely, without taking focus. Without `value` the bar is
 * indeterminate (started, amount not yet known).
 */
export function ProgressBar({
  id,
  label,
  value,
  max,
  status,
}: {
  id: string;
  label: string;
  value?: number;
  max?: number;
  /** How far it has gone, in words: "12 of 48 contracts written". */
  status: string;
}) {
  const known = value !== undefined && max !== undefined && max > 0;
  return (
    <div className="nhsuk-form-group concord-progress">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      <progress
        className="concord-progress__bar"
        id={id}
        max={known ? max : undefined}
        value={known ? Math.min(value, max) : undefined}
        aria-describedby={`${id}-status`}
      >
        {status}
      </progress>
      <p className="nhsuk-body-s concord-progress__status" id={`${id}-status`} role="status">
        {status}
      </p>
    </div>
  );
}
