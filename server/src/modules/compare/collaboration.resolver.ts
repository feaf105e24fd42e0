import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BENCHMARK_READERS } from './benchmark.service.js';
import { CollaborationService } from './collaboration.service.js';
import { CollaborationGroup, CollaborationOpportunitiesInput } from './collaboration.types.js';

@Resolver()
export class CollaborationResolver {
  @Authorized(BENCHMARK_READERS)
  @Query(() => [CollaborationGroup], {
    description:
      'Who could buy together: trusts in one ICB or region whose contracts in a category end within the window of each other, largest first. Trust users: the groups their trust is in.',
  })
  collaborationOpportunities(
    @Arg('input', () => CollaborationOpportunitiesInput, {
      description: 'The category, the window and the area.',
    })
    input: CollaborationOpportunitiesInput,
    @Ctx() ctx: Context,
  ) {
    return new CollaborationService(ctx).opportunities(input);
  }
}
