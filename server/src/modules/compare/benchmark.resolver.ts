import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BENCHMARK_READERS, BenchmarkService } from './benchmark.service.js';
import { PriceBenchmark, PriceBenchmarkInput } from './benchmark.types.js';

@Resolver()
export class BenchmarkResolver {
  @Authorized(BENCHMARK_READERS)
  @Query(() => PriceBenchmark, {
    description:
      'How a price compares across trusts: spread, framework ceilings, your trust’s position and saving, and the prices themselves (anonymous ones only in groups of enough trusts).',
  })
  priceBenchmark(
    @Arg('input', () => PriceBenchmarkInput, { description: 'What to compare, and whose contracts.' })
    input: PriceBenchmarkInput,
    @Ctx() ctx: Context,
  ) {
    return new BenchmarkService(ctx).priceBenchmark(input);
  }
}
