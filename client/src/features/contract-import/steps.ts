import type { ContractImportStatus } from '../../gql/graphql';
import { formatCount, formatInteger } from '../../shared/format/count';

/** The wizard's steps: upload, check, review matches, import. */
export const STEP_COUNT = 4;

/** The step an import's status shows: the dry run's findings, the names to choose, or the import. */
export const stepOf: Record<ContractImportStatus, 2 | 3 | 4> = {
  NEEDS_FIXES: 2,
  NEEDS_REVIEW: 3,
  READY: 4,
  IMPORTING: 4,
  IMPORTED: 4,
  FAILED: 4,
};

const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** `['a', 'b', 'c']` → `a, b and c`. */
export const inWords = (parts: readonly string[]) => list.format(parts);

type Summary = {
  contracts: { create: number; update: number; unchanged: number };
  lines: { create: number; update: number };
  linesRemoved: number;
};

/**
 * What importing the file does (`will`) or did (`did`), in one sentence:
 * "This will add 12 contracts, update 3 and leave 40 unchanged; 48 lines will be added, 6 updated
 * and 2 removed." The first number of each part carries its noun; parts that are 0 are left out.
 */
export function summaryInWords({ contracts, lines, linesRemoved }: Summary, tense: 'will' | 'did'): string {
  const future = tense === 'will';
  const contractParts = (
    [
      [contracts.create, future ? 'add' : 'added', ''],
      [contracts.update, future ? 'update' : 'updated', ''],
      [contracts.unchanged, future ? 'leave' : 'left', ' unchanged'],
    ] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, verb, after], index) =>
      index === 0
        ? `${verb} ${formatCount(count, 'contract')}${after}`
        : `${verb} ${formatInteger(count)}${after}`,
    );
  const lineParts = (
    [
      [lines.create, 'added'],
      [lines.update, 'updated'],
      [linesRemoved, 'removed'],
    ] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, verb], index) => {
      if (index > 0) return `${formatInteger(count)} ${verb}`;
      const be = future ? 'will be' : count === 1 ? 'was' : 'were';
      return `${formatCount(count, 'line')} ${be} ${verb}`;
    });

  if (contracts.create === 0 && contracts.update === 0 && lineParts.length === 0) {
    return future
      ? `This will change nothing: the ${formatCount(contracts.unchanged, 'contract')} in the file ${contracts.unchanged === 1 ? 'is' : 'are'} already in Concord as the file says.`
      : `Nothing changed: the ${formatCount(contracts.unchanged, 'contract')} in the file ${contracts.unchanged === 1 ? 'was' : 'were'} already in Concord as the file says.`;
  }
  const start = future ? `This will ${inWords(contractParts)}` : `Concord ${inWords(contractParts)}`;
  return lineParts.length > 0 ? `${start}; ${inWords(lineParts)}.` : `${start}.`;
}

type Problems = { problemCount: number; problems: readonly { row: number }[] };

/**
 * What the dry run found, in one sentence: "We found 3 problems in 2 rows; nothing has been saved."
 * The rows are counted from the problems listed, so only when every problem is listed.
 */
export function problemsInWords({ problemCount, problems }: Problems): string {
  const found = `We found ${formatCount(problemCount, 'problem')}`;
  if (problems.length < problemCount) return `${found} in the file; nothing has been saved.`;
  const rows = new Set(problems.filter((p) => p.row > 0).map((p) => p.row)).size;
  const where = rows === 0 ? 'with the file as a whole' : `in ${formatCount(rows, 'row')}`;
  return `${found} ${where}; nothing has been saved.`;
}

/** A problem's row as the table shows it: the spreadsheet's number, or the file as a whole (0). */
export const rowLabel = (row: number) => (row === 0 ? 'Whole file' : formatInteger(row));
