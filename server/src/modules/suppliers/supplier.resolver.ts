import type { FilterQuery } from '@mikro-orm/core';
import { containsPattern, searchText } from '../../core/search.js';
import { isUuid } from '../../core/ids.js';
import { Arg, Args, ArgsType, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, ConnectionArgs, paginate } from '../../core/pagination.js';
import { Supplier } from './supplier.entity.js';

@ObjectType({ description: 'A page of suppliers.' })
export class SupplierConnection extends Connection(Supplier, 'Supplier', 'supplier') {}

@InputType({ description: 'Narrows the list of suppliers.' })
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the Companies House number.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only SMEs (true) or only larger companies (false).' })
  sme?: boolean | null;
}

@ArgsType()
export class SuppliersArgs extends ConnectionArgs {
  @Field(() => SupplierFilter, { nullable: true, description: 'Conditions every listed supplier meets.' })
  filter?: SupplierFilter | null;
}

@Resolver(() => Supplier)
export class SupplierResolver {
  @Query(() => SupplierConnection, { description: 'Suppliers, by name. Public.' })
  suppliers(@Args(() => SuppliersArgs) args: SuppliersArgs, @Ctx() ctx: Context) {
    const f = args.filter ?? {};
    const where: FilterQuery<Supplier>[] = [];
    if (f.search != null) {
      const text = searchText(f.search);
      where.push({
        $or: [{ name: { $ilike: containsPattern(text) } }, { companiesHouseNumber: text.toUpperCase() }],
      });
    }
    if (f.sme != null) where.push({ sme: f.sme });
    return paginate(ctx.em, Supplier, args, {
      where: where.length ? { $and: where } : {},
      orderBy: { name: 'asc', id: 'asc' },
    });
  }

  @Query(() => Supplier, {
    nullable: true,
    description: 'One supplier by id; null if there is none. Public.',
  })
  supplier(@Arg('id', () => String, { description: 'The supplier’s id.' }) id: string, @Ctx() ctx: Context) {
    return isUuid(id) ? ctx.em.findOne(Supplier, { id }) : null;
  }
}
