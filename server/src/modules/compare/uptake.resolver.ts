import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Role } from '../identity/role.js';
import { UptakeService } from './uptake.service.js';
import { FrameworkUptake, FrameworkUptakeInput } from './uptake.types.js';

@Resolver()
export class UptakeResolver {
  @Authorized([Role.CENTRAL_COMMERCIAL])
  @Query(() => FrameworkUptake, {
    description:
      'Framework uptake: the share of contracts and annual spend through frameworks, by region, category and framework, and off-framework contracts a framework could have served. Central users only.',
  })
  frameworkUptake(
    @Arg('input', () => FrameworkUptakeInput, { nullable: true, description: 'The day counted.' })
    input: FrameworkUptakeInput | null,
    @Ctx() ctx: Context,
  ) {
    return new UptakeService(ctx).frameworkUptake(input ?? {});
  }
}
