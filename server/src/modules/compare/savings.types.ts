import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';
import { Money } from '../../core/money.js';
import { PricingUnit, ProductCategory } from '../catalogue/catalogue.enums.js';
import { SavingsTarget } from './benchmark.types.js';

export const SavingsScope = defineEnum('SavingsScope', 'Whose lines to look for savings in.', {
  TRUST: 'One trust (ODS code; trust users: their own).',
  ICB: 'The trusts of one integrated care board (ICB code). Central users only.',
  REGION: 'The trusts of one NHS region (region code). Central users only.',
  NATIONAL: 'Every trust. Central users only.',
});
export type SavingsScope = EnumValue<typeof SavingsScope>;

@InputType({ description: 'Where to look for savings, and against which price.' })
export class SavingsOpportunitiesInput {
  @Field(() => SavingsScope, { description: 'Whose lines.' })
  scope!: SavingsScope;

  @Field(() => String, {
    nullable: true,
    description: 'The trust’s ODS code, ICB code or region code; trust users may leave it out for their own.',
  })
  code?: string | null;

  @Field(() => SavingsTarget, { description: 'The price each line is measured against.' })
  target!: SavingsTarget;

  @Field(() => [ProductCategory], { nullable: true, description: 'Only lines in these categories.' })
  categories?: ProductCategory[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many of the largest to list (default 100, at most 500).',
  })
  first?: number | null;
}

@ObjectType({
  description: 'One line priced above the target, and what paying the target would save a year.',
})
export class SavingsOpportunity {
  @Field(() => ID, { description: 'The contract.' })
  contractId!: string;

  @Field(() => String, { description: 'The contract’s reference.' })
  contractReference!: string;

  @Field(() => String, { description: 'The line’s reference.' })
  lineReference!: string;

  @Field(() => String, { description: 'The trust that pays it.' })
  trustName!: string;

  @Field(() => String, { description: 'The trust’s ODS code.' })
  trustOdsCode!: string;

  @Field(() => String, { description: 'The supplier.' })
  supplierName!: string;

  @Field(() => ID, { nullable: true, description: 'The product, for a product line (to compare it).' })
  productId!: string | null;

  @Field(() => String, { nullable: true, description: 'The role, for a day rate (to compare it).' })
  serviceRole!: string | null;

  @Field(() => String, { nullable: true, description: 'The grade, for a day rate with one.' })
  grade!: string | null;

  @Field(() => String, { description: 'What is bought: the product, or the role and grade of a day rate.' })
  item!: string;

  @Field(() => ProductCategory, { description: 'Its category.' })
  category!: ProductCategory;

  @Field(() => PricingUnit, { description: 'The unit priced.' })
  pricingUnit!: PricingUnit;

  @Field(() => String, { description: 'Units bought, a decimal string.' })
  quantity!: string;

  @Field(() => Money, { description: 'What is paid a year for one unit (day rates: a day).' })
  unitPrice!: Money;

  @Field(() => Money, { description: 'The target price on the same footing.' })
  targetPrice!: Money;

  @Field(() => Money, { description: 'The line’s annual cost less what it would cost at the target.' })
  annualSaving!: Money;

  @Field(() => Int, { description: 'How many trusts’ prices the target comes from.' })
  comparedTrusts!: number;
}

@ObjectType({ description: 'Savings added up for one trust, ICB, region, category or supplier.' })
export class SavingsTotal {
  @Field(() => String, { description: 'The ODS, ICB or region code, the category or the supplier id.' })
  key!: string;

  @Field(() => String, { description: 'The trust’s, ICB’s, region’s or supplier’s name, or the category.' })
  label!: string;

  @Field(() => Int, { description: 'Lines above the target.' })
  lineCount!: number;

  @Field(() => Money, { description: 'Their annual saving.' })
  annualSaving!: Money;
}

@ObjectType({ description: 'Lines priced above a target, largest saving first, with totals.' })
export class SavingsOpportunities {
  @Field(() => SavingsScope, { description: 'Whose lines.' })
  scope!: SavingsScope;

  @Field(() => String, { nullable: true, description: 'The trust, ICB or region code; null for NATIONAL.' })
  code!: string | null;

  @Field(() => SavingsTarget, { description: 'The target measured against.' })
  target!: SavingsTarget;

  @Field(() => Int, { description: 'Lines above the target in all.' })
  lineCount!: number;

  @Field(() => Money, { description: 'Their annual saving in all.' })
  totalAnnualSaving!: Money;

  @Field(() => [SavingsOpportunity], { description: 'The largest savings first (at most `first`).' })
  opportunities!: SavingsOpportunity[];

  @Field(() => [SavingsTotal], { description: 'By trust, largest first (one for TRUST scope).' })
  byTrust!: SavingsTotal[];

  @Field(() => [SavingsTotal], { description: 'By NHS region, largest first.' })
  byRegion!: SavingsTotal[];

  @Field(() => [SavingsTotal], { description: 'By integrated care board, largest first.' })
  byIcb!: SavingsTotal[];

  @Field(() => [SavingsTotal], { description: 'By category, largest first.' })
  byCategory!: SavingsTotal[];

  @Field(() => [SavingsTotal], { description: 'By supplier, largest first.' })
  bySupplier!: SavingsTotal[];
}
