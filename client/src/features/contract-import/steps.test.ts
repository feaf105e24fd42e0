import { describe, expect, it } from 'vitest';
import { problemsInWords, rowLabel, summaryInWords } from './steps';

const summary = (
  contracts: [number, number, number],
  lines: [number, number],
  linesRemoved = 0,
): Parameters<typeof summaryInWords>[0] => ({
  contracts: { create: contracts[0], update: contracts[1], unchanged: contracts[2] },
  lines: { create: lines[0], update: lines[1] },
  linesRemoved,
});

describe('summaryInWords', () => {
  it('says what importing will do, each number once, the first of each part with its noun', () => {
    expect(summaryInWords(summary([12, 3, 40], [48, 6], 2), 'will')).toBe(
      'This will add 12 contracts, update 3 and leave 40 unchanged; 48 lines will be added, 6 updated and 2 removed.',
    );
  });

  it('leaves out what is 0, and says one in the singular', () => {
    expect(summaryInWords(summary([1, 0, 0], [1, 0]), 'will')).toBe(
      'This will add 1 contract; 1 line will be added.',
    );
    expect(summaryInWords(summary([0, 2, 1], [0, 0], 1), 'will')).toBe(
      'This will update 2 contracts and leave 1 unchanged; 1 line will be removed.',
    );
    expect(summaryInWords(summary([1200, 0, 0], [4800, 0]), 'will')).toBe(
      'This will add 1,200 contracts; 4,800 lines will be added.',
    );
  });

  it('says plainly when the file changes nothing', () => {
    expect(summaryInWords(summary([0, 0, 40], [0, 0]), 'will')).toBe(
      'This will change nothing: the 40 contracts in the file are already in Concord as the file says.',
    );
  });

  it('says what importing did, in the past', () => {
    expect(summaryInWords(summary([12, 3, 40], [48, 0], 1), 'did')).toBe(
      'Concord added 12 contracts, updated 3 and left 40 unchanged; 48 lines were added and 1 removed.',
    );
    expect(summaryInWords(summary([1, 0, 0], [1, 0]), 'did')).toBe(
      'Concord added 1 contract; 1 line was added.',
    );
  });
});

describe('problemsInWords', () => {
  it('counts the rows with problems when every problem is listed', () => {
    expect(problemsInWords({ problemCount: 3, problems: [{ row: 2 }, { row: 2 }, { row: 7 }] })).toBe(
      'We found 3 problems in 2 rows; nothing has been saved.',
    );
    expect(problemsInWords({ problemCount: 1, problems: [{ row: 4 }] })).toBe(
      'We found 1 problem in 1 row; nothing has been saved.',
    );
  });

  it('speaks of the file as a whole for a file that could not be read', () => {
    expect(problemsInWords({ problemCount: 1, problems: [{ row: 0 }] })).toBe(
      'We found 1 problem with the file as a whole; nothing has been saved.',
    );
  });

  it('does not count rows it cannot see when only the first problems are listed', () => {
    expect(problemsInWords({ problemCount: 1234, problems: [{ row: 2 }] })).toBe(
      'We found 1,234 problems in the file; nothing has been saved.',
    );
  });

  it('names rows as the spreadsheet numbers them', () => {
    expect(rowLabel(0)).toBe('Whole file');
    expect(rowLabel(12345)).toBe('12,345');
  });
});
