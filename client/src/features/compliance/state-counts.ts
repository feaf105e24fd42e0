import { cellStateLabels, type ComplianceCellState } from '../../shared/labels/compliance';

const summaryOrder: ComplianceCellState[] = [
  'COMPLIANT',
  'PARTIAL',
  'PLANNED',
  'NON_COMPLIANT',
  'NOT_APPLICABLE',
  'LAPSED',
  'REJECTED',
];

/** How many declarations are in each state, in words: "3 compliant, 1 partly compliant and 1 lapsed". */
export function stateCounts(states: readonly ComplianceCellState[]): string {
  const parts = summaryOrder
    .map((state) => ({ state, count: states.filter((each) => each === state).length }))
    .filter(({ count }) => count > 0)
    .map(({ state, count }) => `${count} ${cellStateLabels[state].toLowerCase()}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
