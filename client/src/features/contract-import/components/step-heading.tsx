import type { ReactNode } from 'react';
import { STEP_COUNT } from '../steps';

/** The id of every step's heading: focus moves to it when the wizard moves to another step. */
export const STEP_HEADING_ID = 'import-step-heading';

/**
 * A step's page heading with the step indicator as its caption ("Step 2 of 4"), read out as one
 * heading; focusable from script only. Without `step` (the confirmation) there is no indicator.
 */
export function StepHeading({
  step,
  className,
  children,
}: {
  step?: number;
  /** The confirmation panel's heading class. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <h1 id={STEP_HEADING_ID} className={className} tabIndex={-1}>
      {step !== undefined && (
        <span className="nhsuk-caption-l">
          Step {step} of {STEP_COUNT}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
      )}
      {children}
    </h1>
  );
}
