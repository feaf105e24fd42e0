import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';
import { Money } from '../../core/money.js';
import { LocalDate } from '../../core/scalars.js';
import { ProductCategory } from '../catalogue/catalogue.enums.js';

export const CollaborationArea = defineEnum('CollaborationArea', 'Which neighbours to group trusts with.', {
  ICB: 'Trusts in the same integrated care board.',
  REGION: 'Trusts in the same NHS region.',
});
export type CollaborationArea = EnumValue<typeof CollaborationArea>;

@InputType({
  description: 'Trusts near each other whose contracts for one category end about the same time.',
})
export class CollaborationOpportunitiesInput {
  @Field(() => ProductCategory, {
    nullable: true,
    description: 'The category bought; leave out for every category (each group is of one category).',
  })
  category?: ProductCategory | null;

  @Field(() => Int, {
    description: 'How close the end dates must be, in months (1–36): each within this of the one before.',
  })
  windowMonths!: number;

  @Field(() => CollaborationArea, { description: 'Group within ICBs or within regions.' })
  scope!: CollaborationArea;
}

@ObjectType({ description: 'One trust in a group, and its contract that ends.' })
export class CollaborationMember {
  @Field(() => String, { description: 'The trust.' })
  trustName!: string;

  @Field(() => String, { description: 'Its ODS code.' })
  trustOdsCode!: string;

  @Field(() => String, { description: 'The supplier of its contract.' })
  supplierName!: string;

  @Field(() => LocalDate, { description: 'When the contract ends.' })
  endDate!: string;

  @Field(() => Boolean, { description: 'The viewer’s own trust.' })
  own!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The contract, when the viewer may open it (their own trust’s; central users: any).',
  })
  contractId!: string | null;
}

@ObjectType({
  description: 'Trusts in one area whose contracts in one category end within the window of each other.',
})
export class CollaborationGroup {
  @Field(() => String, { description: 'The ICB or region code.' })
  areaCode!: string;

  @Field(() => String, { description: 'The ICB’s or region’s name.' })
  areaName!: string;

  @Field(() => ProductCategory, { description: 'The category their contracts buy.' })
  category!: ProductCategory;

  @Field(() => LocalDate, { description: 'The first end date in the group.' })
  firstEndDate!: string;

  @Field(() => LocalDate, { description: 'The last end date in the group.' })
  lastEndDate!: string;

  @Field(() => Int, { description: 'Distinct trusts.' })
  trustCount!: number;

  @Field(() => [CollaborationMember], { description: 'The trusts and their contracts, earliest end first.' })
  members!: CollaborationMember[];

  @Field(() => [String], { description: 'The suppliers they buy from now.' })
  suppliers!: string[];

  @Field(() => Money, { description: 'What the group pays a year for the category, together.' })
  combinedAnnualValue!: Money;

  @Field(() => Money, {
    nullable: true,
    description:
      'The lowest annual unit price any of them pays for the product they most have in common; null when no product is shared.',
  })
  bestUnitPrice!: Money | null;

  @Field(() => String, { nullable: true, description: 'That product.' })
  bestPriceProduct!: string | null;
}
