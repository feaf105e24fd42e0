import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection } from '../../core/pagination.js';
import { Standard } from './standard.entity.js';
import { StandardsArgs } from './standard.inputs.js';
import { StandardService } from './standard.service.js';

@ObjectType({ description: 'A page of standards.' })
export class StandardConnection extends Connection(Standard, 'Standard', 'standard') {}

@Resolver(() => Standard)
export class StandardResolver {
  @Query(() => StandardConnection, { description: 'The standards catalogue, by category then code. Public.' })
  standards(@Args(() => StandardsArgs) args: StandardsArgs, @Ctx() ctx: Context) {
    return new StandardService(ctx.em).list(args);
  }

  @Query(() => Standard, {
    nullable: true,
    description: 'One standard by its code; null if there is none. Public.',
  })
  standard(
    @Arg('code', () => String, { description: 'The code, e.g. DCB0129 (case is ignored).' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return new StandardService(ctx.em).byCode(code);
  }

  @FieldResolver(() => Standard, { nullable: true, description: 'The standard this one replaces, if any.' })
  supersedes(@Root() standard: Standard) {
    return standard.supersedes?.load() ?? null;
  }
}
