import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection } from '../../core/pagination.js';
import { Icb } from './icb.entity.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationsArgs } from './organisation.inputs.js';
import { OrganisationService } from './organisation.service.js';
import { Region } from './region.entity.js';

@ObjectType({ description: 'A page of organisations.' })
export class OrganisationConnection extends Connection(Organisation, 'Organisation', 'organisation') {}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, {
    description: 'Organisations, filtered, sorted and paged. Open ones only unless `filter.includeClosed`.',
  })
  organisations(@Args(() => OrganisationsArgs) args: OrganisationsArgs, @Ctx() ctx: Context) {
    return new OrganisationService(ctx.em).list(args);
  }

  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation by its ODS code; null when there is none.',
  })
  organisation(
    @Arg('odsCode', () => String, { description: 'ODS code, for example RAL (case is ignored).' })
    odsCode: string,
    @Ctx() ctx: Context,
  ) {
    return new OrganisationService(ctx.em).byOdsCode(odsCode);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'NHS England region; null for bodies outside one (e.g. in Wales).',
  })
  region(@Root() organisation: Organisation) {
    return organisation.region?.load() ?? null;
  }

  @FieldResolver(() => Icb, {
    nullable: true,
    description: 'Integrated care board the organisation belongs to, if any.',
  })
  icb(@Root() organisation: Organisation) {
    return organisation.icb?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the organisation is open today.' })
  isOpen(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return new OrganisationService(ctx.em).isOpen(organisation);
  }
}
