import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../identity/role.js';
import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { Connection } from '../../core/pagination.js';
import { Standard } from './standard.entity.js';
import {
  CreateStandardInput,
  CreateStandardPayload,
  StandardsArgs,
  UpdateStandardInput,
  UpdateStandardPayload,
} from './standard.inputs.js';
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

  @Authorized([Role.CENTRAL_COMMERCIAL])
  @Mutation(() => CreateStandardPayload, {
    description: 'Adds a standard to the catalogue. CENTRAL_COMMERCIAL.',
  })
  createStandard(
    @Arg('input', () => CreateStandardInput, { description: 'The standard.' }) input: CreateStandardInput,
    @Ctx() ctx: Context,
  ) {
    return new StandardService(ctx.em, ctx).create(input);
  }

  @Authorized([Role.CENTRAL_COMMERCIAL])
  @Mutation(() => UpdateStandardPayload, {
    description: 'Edits a standard in the catalogue. CENTRAL_COMMERCIAL.',
  })
  updateStandard(
    @Arg('input', () => UpdateStandardInput, { description: 'The standard.' }) input: UpdateStandardInput,
    @Ctx() ctx: Context,
  ) {
    return new StandardService(ctx.em, ctx).update(input);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit it (central commercial users).' })
  viewerCanEdit(@Ctx() ctx: Context) {
    return policy.can(ctx.viewer, [Role.CENTRAL_COMMERCIAL]);
  }

  @FieldResolver(() => Standard, {
    nullable: true,
    description: 'The standard that replaces this one, if any.',
  })
  supersededBy(@Root() standard: Standard, @Ctx() ctx: Context) {
    return new StandardService(ctx.em).supersededBy(standard);
  }

  @FieldResolver(() => Standard, { nullable: true, description: 'The standard this one replaces, if any.' })
  supersedes(@Root() standard: Standard) {
    return standard.supersedes?.load() ?? null;
  }
}
