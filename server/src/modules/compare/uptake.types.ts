import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money.js';
import { LocalDate } from '../../core/scalars.js';

@InputType({ description: 'Which contracts to count: those in force on a day.' })
export class FrameworkUptakeInput {
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Contracts in force on this day; today when not given.',
  })
  activeOn?: string | null;
}

@ObjectType({ description: 'How much goes through frameworks, for one slice of contracts.' })
export class UptakeShare {
  @Field(() => String, {
    description: 'The region code, category or framework reference; "ALL" for the total.',
  })
  key!: string;

  @Field(() => String, { description: 'Its name.' })
  label!: string;

  @Field(() => Int, { description: 'Contracts (for categories: contracts with a line in it).' })
  contracts!: number;

  @Field(() => Int, { description: 'Of them, call-offs from a framework lot.' })
  onFrameworkContracts!: number;

  @Field(() => Money, { description: 'What they cost a year.' })
  annualSpend!: Money;

  @Field(() => Money, { description: 'Of it, through frameworks.' })
  onFrameworkSpend!: Money;
}

@ObjectType({ description: 'An off-framework contract for something a framework in force prices.' })
export class FrameworkAlternative {
  @Field(() => ID, { description: 'The contract.' })
  contractId!: string;

  @Field(() => String, { description: 'Its reference.' })
  contractReference!: string;

  @Field(() => String, { description: 'The trust.' })
  trustName!: string;

  @Field(() => String, { description: 'The supplier.' })
  supplierName!: string;

  @Field(() => Money, { description: 'What it costs a year.' })
  annualSpend!: Money;

  @Field(() => [String], { description: 'References of frameworks in force that price its products.' })
  frameworks!: string[];
}

@ObjectType({ description: 'Framework uptake: the share of contracts and spend through frameworks.' })
export class FrameworkUptake {
  @Field(() => LocalDate, { description: 'The day counted.' })
  activeOn!: string;

  @Field(() => UptakeShare, { description: 'Every contract in force.' })
  total!: UptakeShare;

  @Field(() => [UptakeShare], { description: 'By the buyer’s NHS region, most spend first.' })
  byRegion!: UptakeShare[];

  @Field(() => [UptakeShare], { description: 'By category of the lines, most spend first.' })
  byCategory!: UptakeShare[];

  @Field(() => [UptakeShare], { description: 'Call-offs by framework, most spend first.' })
  byFramework!: UptakeShare[];

  @Field(() => [FrameworkAlternative], {
    description:
      'Off-framework contracts a framework in force could have served, most spend first (at most 100).',
  })
  offFrameworkWithAlternative!: FrameworkAlternative[];
}
