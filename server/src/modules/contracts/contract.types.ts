import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';
import { Money } from '../../core/money.js';
import { Connection, ConnectionArgs } from '../../core/pagination.js';
import { LocalDate } from '../../core/scalars.js';
import { SortDirection } from '../../core/sorting.js';
import { UserError } from '../../core/user-error.js';
import { BillingPeriod, PricingUnit, ProductCategory } from '../catalogue/catalogue.enums.js';
import { Contract } from './contract.entity.js';
import { ChargeType, ContractStatus, PriceVisibility, ProcurementRoute } from './contract.enums.js';

@ObjectType({ description: 'A page of contracts.' })
export class ContractConnection extends Connection(Contract, 'Contract', 'contract') {}

@InputType({ description: 'Narrows a contract register. Every given condition must hold.' })
export class ContractFilter {
  @Field(() => String, { nullable: true, description: 'Part of the reference, title or supplier’s name.' })
  search?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only these buyers (ODS codes). Trust users only ever see their own trust’s contracts.',
  })
  buyerOdsCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only contracts with these suppliers.' })
  supplierIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only contracts with a line for one of these products.' })
  productIds?: string[] | null;

  @Field(() => [ProductCategory], {
    nullable: true,
    description: 'Only contracts with a line in one of these categories.',
  })
  categories?: ProductCategory[] | null;

  @Field(() => [ContractStatus], { nullable: true, description: 'Only these statuses; all when not given.' })
  statuses?: ContractStatus[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only contracts ending on or before this day.' })
  endingBefore?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only contracts ending on or after this day.' })
  endingAfter?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only call-offs from framework lots; false: only off-framework contracts.',
  })
  onFramework?: boolean | null;
}

export const ContractOrderField = defineEnum('ContractOrderField', 'What contracts can be sorted by.', {
  REFERENCE: 'Reference.',
  TITLE: 'Title, then reference.',
  START_DATE: 'Start date, then reference.',
  END_DATE: 'End date, then reference.',
  TOTAL_VALUE: 'Total value (unrecorded last), then reference.',
  UPDATED_AT: 'When last changed, then reference.',
});
export type ContractOrderField = EnumValue<typeof ContractOrderField>;

@InputType({ description: 'How to sort contracts.' })
export class ContractOrder {
  @Field(() => ContractOrderField, { defaultValue: ContractOrderField.END_DATE, description: 'Sort key.' })
  field!: ContractOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Sort direction.' })
  direction!: SortDirection;
}

@ArgsType()
export class ContractsArgs extends ConnectionArgs {
  @Field(() => ContractFilter, { nullable: true, description: 'Conditions every listed contract meets.' })
  filter?: ContractFilter | null;

  @Field(() => ContractOrder, { nullable: true, description: 'Sort order; by end date when not given.' })
  orderBy?: ContractOrder | null;
}

@ObjectType({
  description:
    'A line’s price on the footing every comparison uses (docs/price-normalisation.md): a year’s price of one unit.',
})
export class PriceObservation {
  @Field(() => ChargeType, { description: 'Whether the price recurs or is charged once.' })
  chargeType!: ChargeType;

  @Field(() => Money, { description: 'The unit price after the discount, per billing period.' })
  netUnitPrice!: Money;

  @Field(() => Money, {
    description:
      'A year’s price of one unit: recurring prices annualised, one-off prices spread over the term.',
  })
  annualUnitPrice!: Money;

  @Field(() => Money, { nullable: true, description: 'One-off lines: the unit price charged once.' })
  oneOffUnitPrice!: Money | null;

  @Field(() => Money, { description: 'A year’s cost of the line.' })
  annualCost!: Money;

  @Field(() => Money, { description: 'The line’s cost over the contract term.' })
  totalCost!: Money;

  @Field(() => Money, {
    nullable: true,
    description: 'Call-offs: the framework ceiling on the same footing (the line’s quantity and term).',
  })
  ceilingAnnualUnitPrice!: Money | null;

  @Field(() => Boolean, { description: 'Whether the annual unit price is above the ceiling.' })
  aboveCeiling!: boolean;
}

// Inputs: a contract is edited as one document with its lines, saved whole with its version.

@InputType({ description: 'One line of a contract.' })
export class ContractLineInput {
  @Field(() => ID, { nullable: true, description: 'The line being edited; none for a new one.' })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The line’s reference, unique within the contract; numbered L1, L2… when not given.',
  })
  lineReference?: string | null;

  @Field(() => String, { nullable: true, description: 'The product version bought; none for a service.' })
  productVersionId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the line is; required without a product (e.g. the service bought).',
  })
  description?: string | null;

  @Field(() => ProductCategory, {
    nullable: true,
    description: 'The kind of service, for a line without a product; the product’s own otherwise.',
  })
  category?: ProductCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'A line without a product: its CPV code (8 digits, the check digit optional).',
  })
  cpvCode?: string | null;

  @Field(() => String, { nullable: true, description: 'For PER_DAY: the role, e.g. Solution architect.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'For PER_DAY: the grade, e.g. Senior.' })
  grade?: string | null;

  @Field(() => PricingUnit, { description: 'What one unit is.' })
  pricingUnit!: PricingUnit;

  @Field(() => BillingPeriod, { description: 'How often it is charged.' })
  billingPeriod!: BillingPeriod;

  @Field(() => String, { description: 'Units bought, 0 or more, up to 2 decimal places; 1 for FIXED.' })
  quantity!: string;

  @Field(() => String, {
    description: 'Unit price in pounds per billing period, before any discount, up to 4 decimal places.',
  })
  unitPrice!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Discount in per cent, 0–100, up to 2 decimal places.',
  })
  discountPercent?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A rebate is paid back on this line.' })
  rebate?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Part of a wider deal.' })
  bundle?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A research or development partnership price.' })
  researchPartnership?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep the line out of every comparison.' })
  suppressed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why it is kept out; required when suppressed.' })
  suppressionReason?: string | null;
}

@InputType({ description: 'The benefits a contract is expected to bring.' })
export class BenefitsInput {
  @Field(() => String, {
    nullable: true,
    description: 'Expected annual saving or benefit in pounds, up to 2 decimal places.',
  })
  expectedAnnualBenefit?: string | null;

  @Field(() => String, { nullable: true, description: 'The benefits, in words.' })
  statement?: string | null;

  @Field(() => String, { nullable: true, description: 'Who owns realising them.' })
  owner?: string | null;
}

@InputType({ description: 'The fields of a contract shared by creating and editing it.' })
export class ContractDraftInput {
  @Field(() => String, { description: 'The supplier.' })
  supplierId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a call-off: the framework lot the supplier is approved on. None off-framework.',
  })
  lotId?: string | null;

  @Field(() => ProcurementRoute, { nullable: true, description: 'Off-framework: how it was awarded.' })
  route?: ProcurementRoute | null;

  @Field(() => String, { description: 'The trust’s reference, unique within the trust.' })
  reference!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => LocalDate, { description: 'First day.' })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day.' })
  endDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Latest end date with every extension option.' })
  maxEndDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Total value in pounds, up to 2 decimal places.' })
  totalValue?: string | null;

  @Field(() => PriceVisibility, {
    nullable: true,
    description: 'What other trusts may see; ANONYMOUS if not given.',
  })
  priceVisibility?: PriceVisibility | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;

  @Field(() => BenefitsInput, { nullable: true, description: 'The benefits statement.' })
  benefits?: BenefitsInput | null;

  @Field(() => [ContractLineInput], {
    description: 'Its lines: the whole list (lines left out are removed).',
  })
  lines!: ContractLineInput[];
}

@InputType({ description: 'A new contract.' })
export class CreateContractInput extends ContractDraftInput {
  @Field(() => String, {
    nullable: true,
    description: 'The buyer trust’s ODS code: your own trust when not given (central users must give it).',
  })
  buyerOdsCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Save as a draft to finish later (counts in no comparison); ACTIVE when not given.',
  })
  asDraft?: boolean | null;
}

@InputType({ description: 'A contract and the version you loaded.' })
export class ContractVersionInput {
  @Field(() => ID, { description: 'The contract.' })
  id!: string;

  @Field(() => Int, {
    description: 'The rowVersion you loaded, so you do not overwrite someone else’s change.',
  })
  expectedRowVersion!: number;
}

@InputType({ description: 'A contract saved whole.' })
export class UpdateContractInput extends ContractDraftInput {
  @Field(() => ID, { description: 'The contract.' })
  id!: string;

  @Field(() => Int, { description: 'The rowVersion you loaded.' })
  expectedRowVersion!: number;
}

@InputType({ description: 'Ends a contract before its end date.' })
export class EndContractEarlyInput extends ContractVersionInput {
  @Field(() => LocalDate, {
    description: 'The last day of the contract: from its start to before its end date.',
  })
  endDate!: string;

  @Field(() => String, { description: 'Why it ended early.' })
  reason!: string;
}

@ObjectType({ description: 'The contract, or why nothing was saved.' })
export class ContractPayload {
  @Field(() => Contract, { nullable: true, description: 'The contract as saved; null if nothing was.' })
  contract!: Contract | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The deleted draft’s id, or why it was not deleted.' })
export class DeleteContractPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted draft; null if nothing was deleted.' })
  deletedContractId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors!: UserError[];
}
