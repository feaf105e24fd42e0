import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../core/pagination.js';
import { LocalDate } from '../../core/scalars.js';
import { UserError } from '../../core/user-error.js';
import { Standard } from './standard.entity.js';
import { StandardAppliesTo, StandardAssessment, StandardCategory, StandardStatus } from './standard.enums.js';

@InputType({ description: 'Narrows the standards catalogue. Every given condition must hold.' })
export class StandardFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the code, name or publisher; case is ignored.',
  })
  search?: string | null;

  @Field(() => [StandardCategory], { nullable: true, description: 'Only these categories.' })
  categories?: StandardCategory[] | null;

  @Field(() => [StandardAppliesTo], {
    nullable: true,
    description: 'Only standards that apply to these (BOTH matches PRODUCT and ORGANISATION too).',
  })
  appliesTo?: StandardAppliesTo[] | null;

  @Field(() => [StandardStatus], {
    nullable: true,
    description: 'Only these statuses; DRAFT and EFFECTIVE when not given.',
  })
  statuses?: StandardStatus[] | null;
}

@ArgsType()
export class StandardsArgs extends ConnectionArgs {
  @Field(() => StandardFilter, { nullable: true, description: 'Conditions every listed standard meets.' })
  filter?: StandardFilter | null;
}

@InputType({ description: 'A standard’s details, as central teams curate them.' })
export class StandardInput {
  @Field(() => String, { description: 'Short code, unique: capitals, digits and underscores, e.g. DCB0129.' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Version in force, e.g. 4.0.' })
  version?: string | null;

  @Field(() => String, { description: 'Who publishes it.' })
  publisher!: string;

  @Field(() => StandardCategory, { description: 'What area it covers.' })
  category!: StandardCategory;

  @Field(() => StandardAppliesTo, { description: 'What can declare conformance with it.' })
  appliesTo!: StandardAppliesTo;

  @Field(() => StandardAssessment, { description: 'How conformance is assessed.' })
  assessment!: StandardAssessment;

  @Field(() => [String], {
    nullable: true,
    description: 'Named levels in the publisher’s order, for LEVELS assessment.',
  })
  levels?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'The levels that count as compliant, from `levels`. Left as they are when not given (none for a new standard).',
  })
  compliantLevels?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many months a certificate lasts, 1 to 60; null when the standard issues none. Left as it is when not given.',
  })
  certificateMonths?: number | null;

  @Field(() => StandardStatus, { description: 'Where it is in its life.' })
  status!: StandardStatus;

  @Field(() => LocalDate, { nullable: true, description: 'First day in force.' })
  effectiveFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day in force.' })
  effectiveTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the standard this one replaces.' })
  supersedesCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The publisher’s page (https://…).' })
  url?: string | null;
}

@InputType({ description: 'A new standard.' })
export class CreateStandardInput extends StandardInput {}

@InputType({ description: 'A standard, edited.' })
export class UpdateStandardInput extends StandardInput {
  @Field(() => ID, { description: 'The standard.' })
  id!: string;

  @Field(() => Int, { description: 'The `rowVersion` you loaded.' })
  expectedRowVersion!: number;
}

@ObjectType({ description: 'The standard as saved, or why nothing was saved.' })
export class StandardPayload {
  @Field(() => Standard, { nullable: true, description: 'The standard; null if nothing was saved.' })
  standard!: Standard | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The new standard, or why nothing was saved.' })
export class CreateStandardPayload extends StandardPayload {}

@ObjectType({ description: 'The edited standard, or why nothing was saved.' })
export class UpdateStandardPayload extends StandardPayload {}
