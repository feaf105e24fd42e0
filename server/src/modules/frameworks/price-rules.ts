import { tierProblems, unitPriceProblem, type Tier } from '@concord/pricing';
import { userError, type UserError } from '../../core/user-error.js';
import { PricingUnit, type TierCalculation } from '../catalogue/catalogue.enums.js';

export type PriceTermsInput = {
  pricingUnit?: PricingUnit;
  ceilingUnitPrice: string;
  tiers?: { from: number; to?: number | null; unitPrice: string }[] | null;
  tierCalculation?: TierCalculation | null;
};

/** A checked amount (at most 4 decimal places) as stored and shown: `12.5` → `12.5000`. */
export function fixed4(value: string): string {
  const [whole = '0', fraction = ''] = value.trim().split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(4, '0')}`;
}

/** Bands as stored: `to` always present (null for the open last band), prices to 4 places. */
export const normaliseTiers = (tiers: PriceTermsInput['tiers']): Tier[] | null =>
  tiers?.length
    ? tiers.map((t) => ({ from: t.from, to: t.to ?? null, unitPrice: fixed4(t.unitPrice) }))
    : null;

/** `012.50` and `12.5` are the same amount: compare decimal strings without any float. */
export const canonicalAmount = (value: string): string => {
  const [whole = '', fraction = ''] = value.trim().split('.');
  const digits = fraction.replace(/0+$/, '');
  return `${whole.replace(/^0+(?=\d)/, '')}${digits ? `.${digits}` : ''}`;
};

/** Every problem with a price's amounts and bands, each naming its field under `path`. */
export function priceTermsProblems(input: PriceTermsInput, path: string[]): UserError[] {
  const errors: UserError[] = [];
  const priceProblem = unitPriceProblem(input.ceilingUnitPrice);
  if (priceProblem) errors.push(userError('INVALID', priceProblem, [...path, 'ceilingUnitPrice']));
  const tiers = normaliseTiers(input.tiers);
  if (!tiers) {
    if (input.tierCalculation) {
      errors.push(
        userError('INVALID', 'Say how bands apply only when there are bands.', [...path, 'tierCalculation']),
      );
    }
    return errors;
  }
  if (input.pricingUnit === PricingUnit.FIXED) {
    errors.push(userError('INVALID', 'A fixed price has no volume bands.', [...path, 'tiers']));
  }
  if (!input.tierCalculation) {
    errors.push(
      userError('INVALID', 'Choose how the bands apply: cumulative or single fixed.', [
        ...path,
        'tierCalculation',
      ]),
    );
  }
  for (const problem of tierProblems(tiers)) {
    errors.push(
      userError('INVALID', problem.message, [...path, 'tiers', String(problem.index), problem.field]),
    );
  }
  if (
    !priceProblem &&
    !unitPriceProblem(tiers[0]!.unitPrice) &&
    canonicalAmount(tiers[0]!.unitPrice) !== canonicalAmount(input.ceilingUnitPrice)
  ) {
    errors.push(
      userError('INVALID', 'With bands, the ceiling unit price is the first band’s price.', [
        ...path,
        'ceilingUnitPrice',
      ]),
    );
  }
  return errors;
}
