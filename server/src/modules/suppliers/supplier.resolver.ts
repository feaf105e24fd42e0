import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Product } from '../catalogue/product.entity.js';
import { Role } from '../identity/role.js';
import { LotAward } from '../frameworks/lot-award.entity.js';
import { Supplier } from './supplier.entity.js';
import { canManageSupplier, SupplierService } from './supplier.service.js';
import {
  CreateSupplierInput,
  CreateSupplierPayload,
  SupplierConnection,
  SuppliersArgs,
  UpdateSupplierInput,
  UpdateSupplierPayload,
} from './supplier.types.js';

@Resolver(() => Supplier)
export class SupplierResolver {
  @Query(() => SupplierConnection, { description: 'Suppliers, by name. Public.' })
  suppliers(@Args(() => SuppliersArgs) args: SuppliersArgs, @Ctx() ctx: Context) {
    return new SupplierService(ctx).list(args);
  }

  @Query(() => Supplier, {
    nullable: true,
    description: 'One supplier by id; null if there is none. Public.',
  })
  supplier(@Arg('id', () => String, { description: 'The supplier’s id.' }) id: string, @Ctx() ctx: Context) {
    return new SupplierService(ctx).byId(id);
  }

  @Authorized([Role.CENTRAL_COMMERCIAL])
  @Mutation(() => CreateSupplierPayload, { description: 'Adds a supplier. CENTRAL_COMMERCIAL.' })
  createSupplier(
    @Arg('input', () => CreateSupplierInput, { description: 'The supplier.' }) input: CreateSupplierInput,
    @Ctx() ctx: Context,
  ) {
    return new SupplierService(ctx).create(input);
  }

  @Authorized([Role.CENTRAL_COMMERCIAL, Role.SUPPLIER])
  @Mutation(() => UpdateSupplierPayload, {
    description: 'Edits a supplier’s details. CENTRAL_COMMERCIAL, or the supplier itself.',
  })
  updateSupplier(
    @Arg('input', () => UpdateSupplierInput, { description: 'The details.' }) input: UpdateSupplierInput,
    @Ctx() ctx: Context,
  ) {
    return new SupplierService(ctx).update(input);
  }

  @FieldResolver(() => [Product], { description: 'Its products, by name.' })
  products(@Root() supplier: Supplier, @Ctx() ctx: Context) {
    return ctx.loaders.productsBySupplier.load(supplier.id);
  }

  @FieldResolver(() => [LotAward], {
    description: 'Lots it is approved on, in published (or ended) frameworks.',
  })
  awards(@Root() supplier: Supplier, @Ctx() ctx: Context) {
    return ctx.loaders.publicAwardsBySupplier.load(supplier.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit it and add its products.' })
  viewerCanEdit(@Root() supplier: Supplier, @Ctx() ctx: Context) {
    return canManageSupplier(ctx.viewer, supplier.id);
  }
}
