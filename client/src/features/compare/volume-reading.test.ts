import { describe, expect, it } from 'vitest';
import { formatRho, linkShortWords, linkWords, spearmanSentence } from './volume-reading';

describe('linkWords', () => {
  it.each([
    [0, 'little or no link between quantity and price'],
    [-0.12, 'little or no link between quantity and price'],
    [0.194, 'little or no link between quantity and price'],
    [-0.2, 'a weak link (bigger buyers tend to pay less)'],
    [0.35, 'a weak link (bigger buyers tend to pay more)'],
    [-0.4, 'a moderate link (bigger buyers tend to pay less)'],
    [-0.6, 'a strong link (bigger buyers tend to pay less)'],
    [0.79, 'a strong link (bigger buyers tend to pay more)'],
    [-0.9, 'a very strong link (bigger buyers tend to pay less)'],
    [1, 'a very strong link (bigger buyers tend to pay more)'],
  ])('reads ρ = %s as “%s”', (rho, words) => {
    expect(linkWords(rho)).toBe(words);
  });

  it('reads a ρ in the band it shows as: −0.199 shows as −0.20, so it is weak', () => {
    expect(formatRho(-0.199)).toBe('−0.20');
    expect(linkWords(-0.199)).toBe('a weak link (bigger buyers tend to pay less)');
  });
});

describe('linkShortWords', () => {
  it('fits a table cell', () => {
    expect(linkShortWords(-0.05)).toBe('Little or none');
    expect(linkShortWords(-0.5)).toBe('Moderate: bigger buyers tend to pay less');
    expect(linkShortWords(0.85)).toBe('Very strong: bigger buyers tend to pay more');
    expect(linkShortWords(null)).toBe('None to measure');
  });
});

describe('spearmanSentence', () => {
  it('states ρ and n in plain words', () => {
    expect(spearmanSentence({ spearman: -0.12, n: 143 })).toBe(
      'Spearman’s ρ = −0.12 across 143 lines: little or no link between quantity and price.',
    );
    expect(spearmanSentence({ spearman: -0.9, n: 1204 })).toBe(
      'Spearman’s ρ = −0.90 across 1,204 lines: a very strong link (bigger buyers tend to pay less).',
    );
  });

  it('warns that a ρ from few lines could be chance (the docs’ worked example: 5 lines, −0.9)', () => {
    expect(spearmanSentence({ spearman: -0.9, n: 5 })).toBe(
      'Spearman’s ρ = −0.90 across 5 lines: a very strong link (bigger buyers tend to pay less). With so few lines, this could be chance.',
    );
  });

  it('says why there is no ρ: too few lines, or nothing to rank', () => {
    expect(spearmanSentence({ spearman: null, n: 0, lines: 2 })).toBe(
      'There is no Spearman’s ρ: it takes at least 3 lines, and there are 2.',
    );
    expect(spearmanSentence({ spearman: null, n: 0, lines: 1 })).toBe(
      'There is no Spearman’s ρ: it takes at least 3 lines, and there is 1.',
    );
    expect(spearmanSentence({ spearman: null, n: 0 })).toBe(
      'There are no lines to compare quantity and price with.',
    );
    expect(spearmanSentence({ spearman: null, n: 12 })).toBe(
      'There is no Spearman’s ρ across 12 lines: every line has the same quantity, or the same price, so there is no order to compare.',
    );
  });
});
