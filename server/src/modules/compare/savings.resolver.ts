import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BENCHMARK_READERS } from './benchmark.service.js';
import { SavingsService } from './savings.service.js';
import { SavingsOpportunities, SavingsOpportunitiesInput } from './savings.types.js';

@Resolver()
export class SavingsResolver {
  @Authorized(BENCHMARK_READERS)
  @Query(() => SavingsOpportunities, {
    description:
      'Lines priced above a target (the median, lower quartile, best price or framework ceiling of what the same thing costs other trusts), largest annual saving first, with totals. Trust users: their own trust; central users: any trust, ICB, region or the whole country.',
  })
  savingsOpportunities(
    @Arg('input', () => SavingsOpportunitiesInput, { description: 'Where to look, and against which price.' })
    input: SavingsOpportunitiesInput,
    @Ctx() ctx: Context,
  ) {
    return new SavingsService(ctx).opportunities(input);
  }
}
