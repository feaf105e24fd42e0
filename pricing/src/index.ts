export {
  quote,
  quoteAll,
  PricingError,
  type BillingPeriod,
  type PriceTerms,
  type Quote,
  type TierCalculation,
} from './calculator.ts';
export { tierProblems, unitPriceProblem, type Tier, type TierProblem } from './tiers.ts';
export {
  ceilingAnnualUnitPrice,
  normaliseLine,
  termMonths,
  type LineTerms,
  type NormalisedLine,
} from './normalise.ts';
