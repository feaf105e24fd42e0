import { ArgsType, Field, InputType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';
import { ConnectionArgs } from '../../core/pagination.js';
import { SortDirection } from '../../core/sorting.js';
import { OrganisationKind, TrustType } from './organisation.enums.js';

export const OrganisationOrderField = defineEnum(
  'OrganisationOrderField',
  'What organisations can be sorted by.',
  {
    NAME: 'Name, then ODS code.',
    ODS_CODE: 'ODS code.',
  },
);
export type OrganisationOrderField = EnumValue<typeof OrganisationOrderField>;

@InputType({ description: 'Narrows a list of organisations. Every given condition must hold.' })
export class OrganisationFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words that must each start a word of the name or the ODS code; case and accents are ignored.',
  })
  search?: string | null;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Only these kinds of organisation.' })
  kinds?: OrganisationKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only organisations in these regions (ODS codes, e.g. Y56).',
  })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only organisations in these ICBs (ODS codes).' })
  icbCodes?: string[] | null;

  @Field(() => [TrustType], {
    nullable: true,
    description: 'Only trusts of these types (NOT_ESTABLISHED included).',
  })
  trustTypes?: TrustType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Include organisations that have closed.',
  })
  includeClosed?: boolean | null;
}

@InputType({ description: 'How to sort organisations.' })
export class OrganisationOrder {
  @Field(() => OrganisationOrderField, {
    defaultValue: OrganisationOrderField.NAME,
    description: 'Sort key.',
  })
  field!: OrganisationOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Sort direction.' })
  direction!: SortDirection;
}

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationFilter, {
    nullable: true,
    description: 'Conditions every listed organisation meets.',
  })
  filter?: OrganisationFilter | null;

  @Field(() => OrganisationOrder, { nullable: true, description: 'Sort order; by name when not given.' })
  orderBy?: OrganisationOrder | null;
}
