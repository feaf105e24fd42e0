import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Icb } from './icb.entity.js';
import { OrganisationService } from './organisation.service.js';
import { Region } from './region.entity.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The NHS England regions, by name.' })
  regions(@Ctx() ctx: Context) {
    return new OrganisationService(ctx.em).regions();
  }

  @FieldResolver(() => [Icb], { description: 'ICBs in force in this region, by name.' })
  icbs(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.icbsByRegion.load(region.code);
  }
}

@Resolver(() => Icb)
export class IcbResolver {
  @Query(() => [Icb], {
    description: 'Integrated care boards, by name: those in force unless `includeRetired`.',
  })
  icbs(
    @Arg('regionCode', () => String, { nullable: true, description: 'Only ICBs in this region (ODS code).' })
    regionCode: string | null,
    @Arg('includeRetired', () => Boolean, {
      defaultValue: false,
      description: 'Include ICBs no longer in force.',
    })
    includeRetired: boolean,
    @Ctx() ctx: Context,
  ) {
    return new OrganisationService(ctx.em).icbs({ regionCode, includeRetired });
  }

  @FieldResolver(() => Region, { description: 'Region the ICB belongs to.' })
  region(@Root() icb: Icb) {
    return icb.region.load();
  }
}
