import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/pagination.js';
import { StandardAppliesTo, StandardCategory, StandardStatus } from './standard.enums.js';

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
