import { formatCount, formatInteger } from '../../shared/format/count';

// How Spearman's ρ of price against quantity reads in words (docs/compare.md, "Does scale lower the
// price?"). The bands are the usual rule of thumb for the size of a rank correlation, whichever its
// sign: under 0.2 little or no link, then weak, moderate, strong, and very strong from 0.8.

const bands: readonly { below: number; words: string; short: string }[] = [
  { below: 0.2, words: 'little or no link', short: 'Little or none' },
  { below: 0.4, words: 'a weak link', short: 'Weak' },
  { below: 0.6, words: 'a moderate link', short: 'Moderate' },
  { below: 0.8, words: 'a strong link', short: 'Strong' },
  { below: Number.POSITIVE_INFINITY, words: 'a very strong link', short: 'Very strong' },
];

/** The band of a ρ as it is shown (to 2 places: −0.199 shows as −0.20, so it is weak). */
const bandOf = (rho: number) => bands.find((band) => Math.abs(Number(rho.toFixed(2))) < band.below)!;
const direction = (rho: number) => `bigger buyers tend to pay ${rho < 0 ? 'less' : 'more'}`;

/** Fewer lines than this, and even a clear ρ may be chance. */
export const FEW_LINES = 10;

/** "−0.12": two decimal places, with a true minus sign. */
export const formatRho = (rho: number) => rho.toFixed(2).replace('-', '−');

/**
 * What a ρ says, in words: "little or no link between quantity and price", "a moderate link (bigger
 * buyers tend to pay less)" below zero, "(… tend to pay more)" above.
 */
export function linkWords(rho: number): string {
  const band = bandOf(rho);
  return band === bands[0] ? `${band.words} between quantity and price` : `${band.words} (${direction(rho)})`;
}

/** The same for a table cell: "Little or none", "Moderate: bigger buyers tend to pay less"; no ρ: "None to measure". */
export function linkShortWords(rho: number | null): string {
  if (rho === null) return 'None to measure';
  const band = bandOf(rho);
  return band === bands[0] ? band.short : `${band.short}: ${direction(rho)}`;
}

/**
 * The correlation in one plain sentence: "Spearman’s ρ = −0.12 across 143 lines: little or no link
 * between quantity and price." With no ρ, why: too few lines (it takes 3), or no spread to rank.
 */
export function spearmanSentence({
  spearman,
  n,
  lines = n,
}: {
  spearman: number | null;
  /** Lines in the correlation. */
  n: number;
  /** Lines shown (one product: those of a product with fewer than 3 lines are in no correlation). */
  lines?: number;
}): string {
  if (spearman === null) {
    const count = Math.max(n, lines);
    if (count < 3) {
      return count === 0
        ? 'There are no lines to compare quantity and price with.'
        : `There is no Spearman’s ρ: it takes at least 3 lines, and there ${count === 1 ? 'is 1' : `are ${formatInteger(count)}`}.`;
    }
    return `There is no Spearman’s ρ across ${formatCount(count, 'line')}: every line has the same quantity, or the same price, so there is no order to compare.`;
  }
  const sentence = `Spearman’s ρ = ${formatRho(spearman)} across ${formatCount(n, 'line')}: ${linkWords(spearman)}.`;
  return n < FEW_LINES ? `${sentence} With so few lines, this could be chance.` : sentence;
}
