import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BENCHMARK_READERS } from './benchmark.service.js';
import { VolumeService } from './volume.service.js';
import { PriceVersusVolume, PriceVersusVolumeInput } from './volume.types.js';

@Resolver()
export class VolumeResolver {
  @Authorized(BENCHMARK_READERS)
  @Query(() => PriceVersusVolume, {
    description:
      'Does scale lower the price? Quantity against annual unit price, with Spearman’s rank correlation, for one product or every product.',
  })
  priceVersusVolume(
    @Arg('input', () => PriceVersusVolumeInput, { description: 'Which product (or all), in which unit.' })
    input: PriceVersusVolumeInput,
    @Ctx() ctx: Context,
  ) {
    return new VolumeService(ctx).priceVersusVolume(input);
  }
}
