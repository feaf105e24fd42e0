import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money.js';
import { PricingUnit } from '../catalogue/catalogue.enums.js';
import { BenchmarkFilter } from './benchmark.types.js';

@InputType({ description: 'Whether buying more buys cheaper: one product, or every product, in one unit.' })
export class PriceVersusVolumeInput {
  @Field(() => ID, { nullable: true, description: 'One product; every product when not given.' })
  productId?: string | null;

  @Field(() => PricingUnit, { description: 'The unit (quantities and prices are in it).' })
  pricingUnit!: PricingUnit;

  @Field(() => BenchmarkFilter, {
    nullable: true,
    description: 'Whose contracts, in force when: as for a benchmark (every trust, today, when not given).',
  })
  filter?: BenchmarkFilter | null;
}

@ObjectType({ description: 'One line: how many units, at what price a year for one.' })
export class VolumePoint {
  @Field(() => String, { description: 'Units bought, a decimal string.' })
  quantity!: string;

  @Field(() => Money, { description: 'A year’s price of one unit (day rates: a day).' })
  unitPrice!: Money;

  @Field(() => String, { nullable: true, description: 'The trust; null when its prices are anonymous.' })
  trustName!: string | null;

  @Field(() => Boolean, { description: 'The viewer’s own trust’s line.' })
  own!: boolean;
}

@ObjectType({ description: 'The rank correlation of price with quantity for one product.' })
export class ProductCorrelation {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => Int, { description: 'Lines compared.' })
  n!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Spearman’s ρ, −1 to 1; null when every quantity or price is equal.',
  })
  spearman!: number | null;
}

@ObjectType({
  description:
    'Does scale lower the price? Spearman’s rank correlation of the annual unit price with the quantity: near −1, bigger buyers pay less; near 0, price does not follow scale.',
})
export class PriceVersusVolume {
  @Field(() => PricingUnit, { description: 'The unit.' })
  pricingUnit!: PricingUnit;

  @Field(() => Int, { description: 'Lines in the correlation.' })
  n!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Spearman’s ρ: for one product, of its lines; for every product, of each line’s ranks within its product, pooled. Null with fewer than 3 lines or no spread.',
  })
  spearman!: number | null;

  @Field(() => [VolumePoint], { description: 'The lines (one product only), smallest quantity first.' })
  points!: VolumePoint[];

  @Field(() => [ProductCorrelation], {
    description: 'Every product: each one’s own correlation (5 lines or more), most lines first.',
  })
  products!: ProductCorrelation[];
}
