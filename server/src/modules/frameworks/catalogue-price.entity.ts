import { bumpsComparisonVersion } from '../../core/comparison-version.js';
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Tier } from '@concord/pricing';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { BillingPeriod, PricingUnit, TierCalculation } from '../catalogue/catalogue.enums.js';
import { LotAward } from './lot-award.entity.js';

/**
 * A ceiling price for one awarded product version. Prices are never edited once published: a price
 * change closes this one (`validTo`) and starts its replacement, so history and call-offs keep the
 * price they were made under.
 */
@ObjectType({ description: 'A ceiling price for one product version an approved supplier offers on a lot.' })
@Entity({ tableName: 'catalogue_price', triggers: [bumpsComparisonVersion('catalogue_price')] })
@Index({ properties: ['award', 'validFrom'] })
export class CataloguePrice {
  [OptionalProps]?:
    'id' | 'role' | 'grade' | 'tiers' | 'tierCalculation' | 'validTo' | 'replaces' | 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => LotAward, ref: true, deleteRule: 'cascade' })
  award!: Ref<LotAward>;

  @ManyToOne({ entity: () => ProductVersion, ref: true, index: true })
  productVersion!: Ref<ProductVersion>;

  @Field(() => PricingUnit, { description: 'What one unit is.' })
  @Enum({ items: () => PricingUnit })
  pricingUnit!: PricingUnit;

  @Field(() => BillingPeriod, { description: 'How often it is charged.' })
  @Enum({ items: () => BillingPeriod })
  billingPeriod!: BillingPeriod;

  /** Professional services (PER_DAY): the role and grade the day rate is for. */
  @Field(() => String, { nullable: true, description: 'For PER_DAY day rates: the role.' })
  @Property({ type: 'string', length: 100, nullable: true })
  role: string | null = null;

  @Field(() => String, { nullable: true, description: 'For PER_DAY day rates: the grade.' })
  @Property({ type: 'string', length: 100, nullable: true })
  grade: string | null = null;

  /** GBP, exact: PostgreSQL numeric, a decimal string in JavaScript. */
  @Property({ type: 'decimal', precision: 14, scale: 4 })
  ceilingUnitPrice!: string;

  /** Volume bands, in order from 1; null for one price at any volume. */
  @Property({ type: 'json', nullable: true })
  tiers: Tier[] | null = null;

  @Field(() => TierCalculation, {
    nullable: true,
    description: 'How the volume bands apply; null without bands.',
  })
  @Enum({ items: () => TierCalculation, nullable: true })
  tierCalculation: TierCalculation | null = null;

  @Field(() => LocalDate, { description: 'First day the price applies.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day it applies; null while it runs on.' })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  /** The price this one replaced through a CHANGE_PRICE amendment. */
  @ManyToOne({ entity: () => CataloguePrice, ref: true, nullable: true })
  replaces: Ref<CataloguePrice> | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
