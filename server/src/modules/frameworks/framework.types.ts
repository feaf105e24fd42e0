import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money.js';
import { Connection, ConnectionArgs } from '../../core/pagination.js';
import { LocalDate } from '../../core/scalars.js';
import { SortDirection } from '../../core/sorting.js';
import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';
import { UserError } from '../../core/user-error.js';
import {
  BillingPeriod,
  PricingUnit,
  ProductCategory,
  TierCalculation,
} from '../catalogue/catalogue.enums.js';
import { Framework } from './framework.entity.js';
import { FrameworkStatus } from './framework.enums.js';

@ObjectType({ description: 'A page of frameworks.' })
export class FrameworkConnection extends Connection(Framework, 'Framework', 'framework') {}

@InputType({ description: 'Narrows the framework catalogue. Every given condition must hold.' })
export class FrameworkFilter {
  @Field(() => String, { nullable: true, description: 'Part of the reference, title or description.' })
  search?: string | null;

  @Field(() => [FrameworkStatus], {
    nullable: true,
    description: 'Only these statuses; PUBLISHED when not given (drafts only ever to their owners).',
  })
  statuses?: FrameworkStatus[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only frameworks owned by these central bodies (ODS codes).',
  })
  ownerOdsCodes?: string[] | null;

  @Field(() => [ProductCategory], {
    nullable: true,
    description: 'Only frameworks with a lot in one of these categories.',
  })
  categories?: ProductCategory[] | null;
}

export const FrameworkOrderField = defineEnum('FrameworkOrderField', 'What frameworks can be sorted by.', {
  REFERENCE: 'Reference.',
  TITLE: 'Title, then reference.',
  END_DATE: 'End date, then reference.',
  START_DATE: 'Start date, then reference.',
});
export type FrameworkOrderField = EnumValue<typeof FrameworkOrderField>;

@InputType({ description: 'How to sort frameworks.' })
export class FrameworkOrder {
  @Field(() => FrameworkOrderField, { defaultValue: FrameworkOrderField.TITLE, description: 'Sort key.' })
  field!: FrameworkOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Sort direction.' })
  direction!: SortDirection;
}

@ArgsType()
export class FrameworksArgs extends ConnectionArgs {
  @Field(() => FrameworkFilter, { nullable: true, description: 'Conditions every listed framework meets.' })
  filter?: FrameworkFilter | null;

  @Field(() => FrameworkOrder, { nullable: true, description: 'Sort order; by title when not given.' })
  orderBy?: FrameworkOrder | null;
}

@ObjectType({ description: 'A volume band of a catalogue price.' })
export class PriceTier {
  @Field(() => Int, { description: 'First unit of the band.' })
  from!: number;

  @Field(() => Int, { nullable: true, description: 'Last unit of the band; null for "and above".' })
  to!: number | null;

  @Field(() => Money, { description: 'Ceiling price of each unit in the band.' })
  unitPrice!: Money;
}

@ObjectType({
  description: 'What a quantity costs at a catalogue price over a term (the shared price calculator).',
})
export class PriceQuote {
  @Field(() => Int, { description: 'Units priced.' })
  quantity!: number;

  @Field(() => Int, { description: 'Term in months.' })
  termMonths!: number;

  @Field(() => Money, { description: 'What one billing period costs (the one charge, for ONE_OFF).' })
  chargePerPeriod!: Money;

  @Field(() => Money, { description: 'Total over the term.' })
  totalCost!: Money;

  @Field(() => Money, { description: 'Cost a year: one-off charges spread over the term.' })
  annualCost!: Money;

  @Field(() => Money, { description: 'Annual cost per unit (for FIXED prices: the annual cost).' })
  effectiveAnnualUnitPrice!: Money;
}

// Inputs: a draft framework is edited as one document, saved whole with the version it started from.

@InputType({ description: 'A volume band.' })
export class TierInput {
  @Field(() => Int, {
    description: 'First unit of the band: 1 for the first band, then one past the band before.',
  })
  from!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Last unit of the band; null (last band only) for "and above".',
  })
  to?: number | null;

  @Field(() => String, {
    description: 'Ceiling price of each unit in the band, in pounds (up to 4 decimal places).',
  })
  unitPrice!: string;
}

@InputType({ description: 'A ceiling price for one product version an awarded supplier offers.' })
export class PriceInput {
  @Field(() => ID, { nullable: true, description: 'The price being edited; none for a new one.' })
  id?: string | null;

  @Field(() => String, { description: 'The product version priced.' })
  productVersionId!: string;

  @Field(() => PricingUnit, { description: 'What one unit is.' })
  pricingUnit!: PricingUnit;

  @Field(() => BillingPeriod, { description: 'How often it is charged.' })
  billingPeriod!: BillingPeriod;

  @Field(() => String, { nullable: true, description: 'For PER_DAY: the role, e.g. Solution architect.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'For PER_DAY: the grade, e.g. Senior.' })
  grade?: string | null;

  @Field(() => String, {
    description:
      'Ceiling unit price in pounds, up to 4 decimal places, e.g. "12.50". With tiers: the first band’s price.',
  })
  ceilingUnitPrice!: string;

  @Field(() => [TierInput], { nullable: true, description: 'Volume bands, if the price falls with volume.' })
  tiers?: TierInput[] | null;

  @Field(() => TierCalculation, { nullable: true, description: 'How the bands apply; required with tiers.' })
  tierCalculation?: TierCalculation | null;

  @Field(() => LocalDate, { description: 'First day the price applies.' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day the price applies, if it ends.' })
  validTo?: string | null;
}

@InputType({ description: 'A supplier approved on a lot, with its prices.' })
export class AwardInput {
  @Field(() => ID, { nullable: true, description: 'The award being edited; none for a new one.' })
  id?: string | null;

  @Field(() => String, { description: 'The supplier.' })
  supplierId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When the supplier was approved.' })
  awardedOn?: string | null;

  @Field(() => [PriceInput], { description: 'Prices of the product versions offered on the lot.' })
  prices!: PriceInput[];
}

@InputType({ description: 'A lot and its awards.' })
export class LotInput {
  @Field(() => ID, { nullable: true, description: 'The lot being edited; none for a new one.' })
  id?: string | null;

  @Field(() => Int, { description: 'Lot number, unique within the framework.' })
  number!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What may be bought through it.' })
  scope?: string | null;

  @Field(() => ProductCategory, { description: 'The kind of product it covers.' })
  category!: ProductCategory;

  @Field(() => [String], { nullable: true, description: 'Codes of the standards products must meet.' })
  requiredStandardCodes?: string[] | null;

  @Field(() => [AwardInput], { nullable: true, description: 'Approved suppliers.' })
  awards?: AwardInput[] | null;
}

@InputType({ description: 'A draft framework, whole.' })
export class FrameworkDraftInput {
  @Field(() => String, { description: 'Reference, unique, e.g. RM6221 (letters, digits, hyphens).' })
  reference!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it is for and who may use it.' })
  description?: string | null;

  @Field(() => LocalDate, { description: 'First day in force.' })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day in force.' })
  endDate!: string;

  @Field(() => [LotInput], { nullable: true, description: 'Lots, with their awards and prices.' })
  lots?: LotInput[] | null;
}

@InputType({ description: 'A new draft framework, owned by the central body you act for.' })
export class CreateFrameworkInput extends FrameworkDraftInput {}

@InputType({ description: 'A draft framework saved whole: anything left out is removed.' })
export class UpdateFrameworkInput extends FrameworkDraftInput {
  @Field(() => ID, { description: 'The framework.' })
  id!: string;

  @Field(() => Int, {
    description: 'The `rowVersion` you loaded: the save is refused if someone changed it since.',
  })
  expectedRowVersion!: number;
}

@InputType({ description: 'A framework and the version you loaded.' })
export class FrameworkVersionInput {
  @Field(() => ID, { description: 'The framework.' })
  id!: string;

  @Field(() => Int, { description: 'The `rowVersion` you loaded.' })
  expectedRowVersion!: number;
}

@InputType({ description: 'Withdraws a published framework.' })
export class WithdrawFrameworkInput extends FrameworkVersionInput {
  @Field(() => String, { description: 'Why, for everyone who relies on it.' })
  reason!: string;
}

@InputType({ description: 'Adds a supplier to a lot of a published framework.' })
export class AddAwardAmendment {
  @Field(() => String, { description: 'The lot.' })
  lotId!: string;

  @Field(() => AwardInput, { description: 'The supplier and its prices.' })
  award!: AwardInput;
}

@InputType({ description: 'Replaces a catalogue price from the amendment’s effective date.' })
export class ChangePriceAmendment {
  @Field(() => String, { description: 'The price replaced.' })
  priceId!: string;

  @Field(() => String, { description: 'New ceiling unit price in pounds (with tiers: the first band’s).' })
  ceilingUnitPrice!: string;

  @Field(() => [TierInput], { nullable: true, description: 'New volume bands, if any.' })
  tiers?: TierInput[] | null;

  @Field(() => TierCalculation, { nullable: true, description: 'How the bands apply; required with tiers.' })
  tierCalculation?: TierCalculation | null;
}

@InputType({ description: 'Moves the end date of a published framework later.' })
export class ExtendAmendment {
  @Field(() => LocalDate, { description: 'The new end date, after the current one.' })
  endDate!: string;
}

@InputType({
  description:
    'One recorded change to a published framework: give exactly one of addAward, changePrice, extend.',
})
export class AmendFrameworkInput extends FrameworkVersionInput {
  @Field(() => String, { description: 'Why the change is made; shown in the framework’s history.' })
  reason!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day it takes effect; today when not given.' })
  effectiveFrom?: string | null;

  @Field(() => AddAwardAmendment, { nullable: true, description: 'Add a supplier to a lot.' })
  addAward?: AddAwardAmendment | null;

  @Field(() => ChangePriceAmendment, { nullable: true, description: 'Change a price.' })
  changePrice?: ChangePriceAmendment | null;

  @Field(() => ExtendAmendment, { nullable: true, description: 'Extend the end date.' })
  extend?: ExtendAmendment | null;
}

@ObjectType({ description: 'The framework after the change, or why nothing changed.' })
export class FrameworkPayload {
  @Field(() => Framework, {
    nullable: true,
    description: 'The framework as saved; null if nothing was saved.',
  })
  framework!: Framework | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}
