import { Decimal, isPlainDecimal } from './decimal.ts';

/** A volume band: from `from` to `to` units inclusive (`to` null: and above), at `unitPrice` each. */
export type Tier = { from: number; to: number | null; unitPrice: string };

export type TierProblem = { index: number; field: 'from' | 'to' | 'unitPrice'; message: string };

/**
 * Checks bands are whole numbers starting at 1, in order, without gaps or overlaps, only the last
 * open-ended, with prices above zero and at most 4 decimal places. Returns every problem found.
 */
export function tierProblems(tiers: readonly Tier[]): TierProblem[] {
  const problems: TierProblem[] = [];
  tiers.forEach((tier, index) => {
    const expectedFrom = index === 0 ? 1 : (tiers[index - 1]?.to ?? Number.NaN) + 1;
    if (!Number.isInteger(tier.from) || tier.from !== expectedFrom) {
      const prev = tiers[index - 1];
      problems.push({
        index,
        field: 'from',
        message:
          index === 0
            ? 'The first band must start at 1.'
            : prev?.to === null
              ? 'Only the last band can be open-ended.'
              : tier.from <= (prev?.to ?? 0)
                ? `This band overlaps the one before (which ends at ${prev?.to}).`
                : `There is a gap: the band before ends at ${prev?.to}, so this one must start at ${expectedFrom}.`,
      });
    }
    if (tier.to !== null && (!Number.isInteger(tier.to) || tier.to < tier.from)) {
      problems.push({
        index,
        field: 'to',
        message: 'A band must end at a whole number no smaller than its start.',
      });
    }
    const priceProblem = unitPriceProblem(tier.unitPrice);
    if (priceProblem) problems.push({ index, field: 'unitPrice', message: priceProblem });
  });
  return problems;
}

/** Why a unit price is not acceptable (zero or less, not a number, more than 4 decimal places), or null. */
export function unitPriceProblem(value: string): string | null {
  if (!isPlainDecimal(value)) return 'Enter a price in pounds, like 12.50.';
  const price = new Decimal(value.trim());
  if (price.lte(0)) return 'The price must be more than £0.';
  if (price.decimalPlaces() > 4) return 'Prices can have at most 4 decimal places.';
  return null;
}

/** The band a quantity falls in, or undefined beyond the last closed band. */
export const bandFor = (tiers: readonly Tier[], quantity: number): Tier | undefined =>
  tiers.find((t) => quantity >= t.from && (t.to === null || quantity <= t.to));
