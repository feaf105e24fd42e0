import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';
import { Money } from '../../core/money.js';
import { LocalDate } from '../../core/scalars.js';
import { PricingUnit, ProductCategory } from '../catalogue/catalogue.enums.js';
import { TrustType } from '../organisations/organisation.enums.js';

export const SavingsTarget = defineEnum('SavingsTarget', 'A price to measure a saving against.', {
  MEDIAN: 'The median of the prices compared.',
  LOWER_QUARTILE: 'The lower quartile: what the cheaper quarter of buyers pay or less.',
  BEST: 'The lowest price compared.',
  CEILING: 'The framework ceiling: the line’s own for a call-off, else the lowest for the product.',
});
export type SavingsTarget = EnumValue<typeof SavingsTarget>;

@InputType({ description: 'Which buyers’ contracts to compare. Every given condition must hold.' })
export class BenchmarkFilter {
  @Field(() => [String], { nullable: true, description: 'Only trusts in these NHS regions (codes).' })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only trusts in these ICBs (codes).' })
  icbCodes?: string[] | null;

  @Field(() => [TrustType], { nullable: true, description: 'Only these kinds of trust.' })
  trustTypes?: TrustType[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Only contracts in force on this day; today when not given.',
  })
  activeOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Only contracts that started on or after this day.',
  })
  signedAfter?: string | null;
}

@InputType({
  description:
    'What to compare: one product (or one version of it), a category, or a professional-services role (and grade), priced in one unit.',
})
export class PriceBenchmarkInput {
  @Field(() => ID, { nullable: true, description: 'A product: every version of it.' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One version of a product.' })
  productVersionId?: string | null;

  @Field(() => ProductCategory, { nullable: true, description: 'Every line in a category.' })
  category?: ProductCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'Day rates for a role, as contracts name it (case ignored), e.g. "Solution architect".',
  })
  serviceRole?: string | null;

  @Field(() => String, { nullable: true, description: 'With serviceRole: only this grade, e.g. "Senior".' })
  grade?: string | null;

  @Field(() => PricingUnit, { description: 'The unit prices are compared in (day rates: PER_DAY).' })
  pricingUnit!: PricingUnit;

  @Field(() => BenchmarkFilter, { nullable: true, description: 'Which buyers’ contracts to compare.' })
  filter?: BenchmarkFilter | null;
}

@ObjectType({ description: 'The spread of the annual unit prices compared.' })
export class PriceSummary {
  @Field(() => Money, { description: 'The lowest.' })
  minimum!: Money;

  @Field(() => Money, {
    description: 'The 25th percentile, interpolated as PostgreSQL’s percentile_cont does.',
  })
  lowerQuartile!: Money;

  @Field(() => Money, { description: 'The 50th percentile (interpolated).' })
  median!: Money;

  @Field(() => Money, { description: 'The 75th percentile (interpolated).' })
  upperQuartile!: Money;

  @Field(() => Money, { description: 'The highest.' })
  maximum!: Money;

  @Field(() => Money, { description: 'The mean.' })
  mean!: Money;
}

@ObjectType({ description: 'A framework’s ceiling for what is compared, in force on the day compared.' })
export class BenchmarkCeiling {
  @Field(() => String, { description: 'The framework’s reference.' })
  frameworkReference!: string;

  @Field(() => String, { description: 'The framework’s title.' })
  frameworkTitle!: string;

  @Field(() => Int, { description: 'The lot’s number.' })
  lotNumber!: number;

  @Field(() => String, { description: 'The supplier the price was agreed with.' })
  supplierName!: string;

  @Field(() => Money, {
    description: 'A year’s ceiling price of one unit, before any volume bands.',
  })
  annualUnitPrice!: Money;

  @Field(() => Boolean, { description: 'Whether the price falls in bands with the quantity bought.' })
  banded!: boolean;
}

@ObjectType({ description: 'One of the viewer’s own lines among the prices compared.' })
export class OwnBenchmarkLine {
  @Field(() => ID, { description: 'The contract.' })
  contractId!: string;

  @Field(() => String, { description: 'The contract’s reference.' })
  contractReference!: string;

  @Field(() => String, { description: 'The line’s reference.' })
  lineReference!: string;

  @Field(() => Money, { description: 'What the trust pays a year for one unit.' })
  annualUnitPrice!: Money;

  @Field(() => String, { description: 'Units bought, a decimal string.' })
  quantity!: string;

  @Field(() => Float, {
    description:
      'Where the price sits, 0–100: the share of prices compared that are lower, counting equal ones as half.',
  })
  percentile!: number;
}

@ObjectType({ description: 'What the viewer’s lines would cost less a year at a target price.' })
export class BenchmarkSaving {
  @Field(() => SavingsTarget, { description: 'The target.' })
  target!: SavingsTarget;

  @Field(() => Money, {
    nullable: true,
    description: 'The target price a year for one unit; null for CEILING when no framework prices it.',
  })
  targetPrice!: Money | null;

  @Field(() => Money, {
    description: 'The sum, over the viewer’s lines above the target, of (price − target) × quantity.',
  })
  annualSaving!: Money;
}

@ObjectType({ description: 'One price compared. Anonymous ones carry no trust or supplier.' })
export class BenchmarkPoint {
  @Field(() => Money, { description: 'A year’s price of one unit.' })
  annualUnitPrice!: Money;

  @Field(() => String, { description: 'Units bought, a decimal string.' })
  quantity!: string;

  @Field(() => String, { nullable: true, description: 'The trust; null when its prices are anonymous.' })
  trustName!: string | null;

  @Field(() => String, { nullable: true, description: 'The trust’s ODS code; null when anonymous.' })
  trustOdsCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The supplier; null when anonymous.' })
  supplierName!: string | null;

  @Field(() => Boolean, { description: 'One of the viewer’s own trust’s lines.' })
  own!: boolean;
}

@ObjectType({ description: 'How a price compares across trusts, as annual unit prices.' })
export class PriceBenchmark {
  @Field(() => String, { description: 'What was compared, in words.' })
  subject!: string;

  @Field(() => PricingUnit, { description: 'The unit compared.' })
  pricingUnit!: PricingUnit;

  @Field(() => LocalDate, { description: 'The day whose contracts in force were compared.' })
  activeOn!: string;

  @Field(() => Int, { description: 'Distinct trusts whose prices are in the figures.' })
  trustCount!: number;

  @Field(() => Int, { description: 'Contract lines in the figures.' })
  lineCount!: number;

  @Field(() => PriceSummary, { nullable: true, description: 'The spread; null when nothing compares.' })
  summary!: PriceSummary | null;

  @Field(() => Int, {
    description:
      'The fewest trusts whose anonymous prices may be shown together: below it they are left out of every figure.',
  })
  minimumAnonymousTrusts!: number;

  @Field(() => Boolean, {
    description:
      'Whether some trusts’ anonymous prices were left out, as fewer than minimumAnonymousTrusts of them match.',
  })
  anonymousWithheld!: boolean;

  @Field(() => [BenchmarkCeiling], { description: 'Framework ceilings for the same thing and unit.' })
  ceilings!: BenchmarkCeiling[];

  @Field(() => [OwnBenchmarkLine], { description: 'The viewer’s trust’s own lines, with their percentile.' })
  ownLines!: OwnBenchmarkLine[];

  @Field(() => [BenchmarkSaving], {
    description: 'The viewer’s trust’s annual saving at each target (none for central users).',
  })
  savings!: BenchmarkSaving[];

  @Field(() => [BenchmarkPoint], { description: 'Every price in the figures, lowest first.' })
  points!: BenchmarkPoint[];
}
