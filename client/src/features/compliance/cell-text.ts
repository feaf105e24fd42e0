import type { ComplianceCellState } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { cellStateLabels, complianceLevelLabel } from '../../shared/labels/compliance';

// What one cell of a compliance matrix or estate says, in words: the state first, then what makes it
// useful (the level, by when a plan ends, when it lapsed, whether a central team verified it, whether
// the trust accepted it). Colour only reinforces these words.

/** What a cell of a matrix or an estate carries (estates add the local acceptance). */
export type CellFacts = {
  state: ComplianceCellState;
  level?: string | null;
  remediationDueOn?: string | null;
  expiresOn?: string | null;
  verified: boolean;
  locallyAccepted?: boolean;
};

/** The states that say what was declared; the others say why nothing can be shown. */
const declaredStates: readonly ComplianceCellState[] = [
  'COMPLIANT',
  'PARTIAL',
  'NON_COMPLIANT',
  'PLANNED',
  'NOT_APPLICABLE',
  'LAPSED',
];

/** Whether a cell says what was declared (so it has a verification to speak of). */
export const isDeclared = (state: ComplianceCellState): boolean => declaredStates.includes(state);

/** The words of a cell: its state, then the rest (starting with its own separator, or ''). */
export type CellWords = { label: string; detail: string };

/**
 * A cell in words, as `label` + `detail`:
 * - "Compliant" + " (verified)"; "Compliant" + ", standards met (verified)";
 * - "Planned" + " by 1 Jun 2027 (verified)"; "Partly compliant" + ", plan by 1 Jun 2027 (not verified)";
 *   a plan past its date adds ", overdue";
 * - "Lapsed" + ", expired 12 Nov 2026 (verified)";
 * - "Not declared", "Not verified" (declared, but public figures count verified ones only), "Rejected";
 * - in an estate, "accepted locally" joins the bracket.
 */
export function cellWords(cell: CellFacts, today: string): CellWords {
  const label = cellStateLabels[cell.state];
  const parts: string[] = [];
  if (cell.level) parts.push(`, ${lowerFirst(complianceLevelLabel(cell.level))}`);
  if (cell.state === 'LAPSED' && cell.expiresOn) parts.push(`, expired ${formatDate(cell.expiresOn)}`);
  if (cell.remediationDueOn && ['PLANNED', 'PARTIAL', 'NON_COMPLIANT'].includes(cell.state)) {
    const due = formatDate(cell.remediationDueOn);
    parts.push(cell.state === 'PLANNED' ? ` by ${due}` : `, plan by ${due}`);
    if (cell.remediationDueOn < today) parts.push(', overdue');
  }
  const notes = [
    ...(isDeclared(cell.state) ? [cell.verified ? 'verified' : 'not verified'] : []),
    ...(cell.locallyAccepted ? ['accepted locally'] : []),
  ];
  if (notes.length > 0) parts.push(` (${notes.join('; ')})`);
  return { label, detail: parts.join('') };
}

/** A cell as one line of text: "Planned by 1 Jun 2027 (verified)". */
export function cellText(cell: CellFacts, today: string): string {
  const { label, detail } = cellWords(cell, today);
  return `${label}${detail}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The class that tints a cell for its state (`concord-heat--non-compliant`): reinforcement only. */
export const cellTint = (state: ComplianceCellState): string =>
  `concord-heat--${state.toLowerCase().replace(/_/g, '-')}`;

/** The states in the order a legend explains them: best to worst, then the ones with nothing to show. */
export const legendOrder: readonly ComplianceCellState[] = [
  'COMPLIANT',
  'PARTIAL',
  'PLANNED',
  'NON_COMPLIANT',
  'LAPSED',
  'REJECTED',
  'NOT_APPLICABLE',
  'UNVERIFIED',
  'NOT_DECLARED',
];

/**
 * The states a matrix can show: publicly a rejected declaration is one not verified, so REJECTED
 * never shows; counting unverified ones, every declaration says what it declares, so UNVERIFIED never does.
 */
export const matrixLegend = (includesUnverified: boolean): ComplianceCellState[] =>
  legendOrder.filter((state) => state !== (includesUnverified ? 'UNVERIFIED' : 'REJECTED'));

/** What each state means, for a legend. */
export const cellStateMeanings: Record<ComplianceCellState, string> = {
  COMPLIANT: 'meets the standard in full',
  PARTIAL: 'meets part of it, with a plan saying by when it will meet the rest',
  PLANNED: 'not met yet, with a plan saying by when',
  NON_COMPLIANT: 'does not meet it, with a plan',
  LAPSED: 'the certificate or review date has passed, so it no longer counts',
  REJECTED: 'a central team rejected the declaration',
  NOT_APPLICABLE: 'the standard does not apply, for a stated reason',
  UNVERIFIED: 'declared, but not yet verified by a central team, so not counted',
  NOT_DECLARED: 'nothing declared',
};

/**
 * A row's cells in the columns' order, matched by standard code: null where the row has none for a
 * column (an estate showing only gaps leaves the others out).
 */
export function cellsByColumn<C extends { standardCode: string }>(
  columns: readonly { code: string }[],
  cells: readonly C[],
): (C | null)[] {
  const byCode = new Map(cells.map((cell) => [cell.standardCode, cell]));
  return columns.map((column) => byCode.get(column.code) ?? null);
}
