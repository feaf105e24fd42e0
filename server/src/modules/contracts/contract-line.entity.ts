import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { ProductVersion } from '../catalogue/product.entity.js';
import { BillingPeriod, PricingUnit, ProductCategory } from '../catalogue/catalogue.enums.js';
import { CataloguePrice } from '../frameworks/catalogue-price.entity.js';
import { Contract } from './contract.entity.js';
import { bumpsComparisonVersion } from '../../core/comparison-version.js';

/**
 * One price in a contract: a product version (or a described service, with role and grade for day
 * rates), what was bought and what it costs. The normalised figures (`net…`, `annual…`, ceiling)
 * are derived when the line is saved, so every comparison reads them straight from the table.
 */
@ObjectType({ description: 'One price in a contract: what was bought, how many, at what unit price.' })
@Entity({ tableName: 'contract_line', triggers: [bumpsComparisonVersion('contract_line')] })
// Checked at commit, so a save may swap two lines' references.
@Unique({ properties: ['contract', 'lineReference'], deferMode: 'deferred' })
@Index({ properties: ['productVersion', 'pricingUnit'] })
@Index({ properties: ['category', 'pricingUnit'] })
export class ContractLine {
  [OptionalProps]?:
    | 'id'
    | 'productVersion'
    | 'description'
    | 'cpvCode'
    | 'role'
    | 'grade'
    | 'discountPercent'
    | 'rebate'
    | 'bundle'
    | 'researchPartnership'
    | 'suppressed'
    | 'suppressionReason'
    | 'oneOffUnitPrice'
    | 'ceilingPrice'
    | 'ceilingAnnualUnitPrice'
    | 'aboveCeiling';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Contract, ref: true, deleteRule: 'cascade' })
  contract!: Ref<Contract>;

  @Field(() => String, {
    description: 'The line’s reference, unique within the contract (imports key on it).',
  })
  @Property({ type: 'string', length: 60 })
  lineReference!: string;

  /** Order on the contract page. */
  @Property({ type: 'integer' })
  position!: number;

  /** The product version bought; null for a service described in words. */
  @ManyToOne({ entity: () => ProductVersion, ref: true, nullable: true })
  productVersion: Ref<ProductVersion> | null = null;

  @Field(() => String, { description: 'What the line is, in words (for services, the service).' })
  @Property({ type: 'string', length: 500 })
  description: string = '';

  @Field(() => ProductCategory, {
    description: 'The kind of product or service: the product’s, or as given.',
  })
  @Enum({ items: () => ProductCategory })
  category!: ProductCategory;

  @Field(() => String, { nullable: true, description: 'CPV code, when known without a product (imports).' })
  @Property({ type: 'string', length: 10, nullable: true })
  cpvCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'For PER_DAY day rates: the role.' })
  @Property({ type: 'string', length: 100, nullable: true })
  role: string | null = null;

  @Field(() => String, { nullable: true, description: 'For PER_DAY day rates: the grade.' })
  @Property({ type: 'string', length: 100, nullable: true })
  grade: string | null = null;

  @Field(() => PricingUnit, { description: 'What one unit is.' })
  @Enum({ items: () => PricingUnit })
  pricingUnit!: PricingUnit;

  @Field(() => BillingPeriod, { description: 'How often it is charged.' })
  @Enum({ items: () => BillingPeriod })
  billingPeriod!: BillingPeriod;

  @Field(() => String, { description: 'Units bought, a decimal string (days may be fractional).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  quantity!: string;

  /** GBP per unit per billing period, before the discount. */
  @Property({ type: 'decimal', precision: 14, scale: 4 })
  unitPrice!: string;

  @Field(() => String, { description: 'Discount off the unit price, in per cent (0–100), a decimal string.' })
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  discountPercent: string = '0.00';

  @Field(() => Boolean, {
    description: 'A rebate is paid back on this line, so the price overstates the cost.',
  })
  @Property({ type: 'boolean' })
  rebate: boolean = false;

  @Field(() => Boolean, {
    description: 'Part of a wider deal: the price depends on other lines or contracts.',
  })
  @Property({ type: 'boolean' })
  bundle: boolean = false;

  @Field(() => Boolean, { description: 'Priced as part of a research or development partnership.' })
  @Property({ type: 'boolean' })
  researchPartnership: boolean = false;

  @Field(() => Boolean, { description: 'Kept out of every comparison (see the reason).' })
  @Property({ type: 'boolean' })
  suppressed: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is kept out of comparisons; null unless suppressed.',
  })
  @Property({ type: 'text', nullable: true })
  suppressionReason: string | null = null;

  // Derived when saved (docs/price-normalisation.md).

  /** Unit price after the discount. */
  @Property({ type: 'decimal', precision: 14, scale: 4 })
  netUnitPrice!: string;

  /** A year's price of one unit: the basis of every comparison. */
  @Property({ type: 'decimal', precision: 14, scale: 4 })
  annualUnitPrice!: string;

  /** One-off lines: the net unit price charged once. */
  @Property({ type: 'decimal', precision: 14, scale: 4, nullable: true })
  oneOffUnitPrice: string | null = null;

  @Property({ type: 'decimal', precision: 16, scale: 2 })
  annualCost!: string;

  @Property({ type: 'decimal', precision: 16, scale: 2 })
  totalCost!: string;

  /** Call-offs: the framework price the line falls under, if the lot prices this product. */
  @ManyToOne({ entity: () => CataloguePrice, ref: true, nullable: true })
  ceilingPrice: Ref<CataloguePrice> | null = null;

  /** The ceiling on the line's footing (its quantity and term), for comparison. */
  @Property({ type: 'decimal', precision: 14, scale: 4, nullable: true })
  ceilingAnnualUnitPrice: string | null = null;

  @Field(() => Boolean, { description: 'A call-off line priced above its framework ceiling.' })
  @Property({ type: 'boolean' })
  aboveCeiling: boolean = false;
}
