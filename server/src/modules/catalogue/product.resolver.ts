import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { related } from '../../core/loaders.js';
import { CataloguePrice } from '../frameworks/catalogue-price.entity.js';
import { Role } from '../identity/role.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { canManageSupplier } from '../suppliers/supplier.service.js';
import { CpvCode } from './cpv-code.entity.js';
import { Product, ProductVersion } from './product.entity.js';
import { ProductService } from './product.service.js';
import {
  AddProductVersionInput,
  AddProductVersionPayload,
  CpvCodesArgs,
  CreateProductInput,
  CreateProductPayload,
  ProductConnection,
  ProductsArgs,
  UpdateProductInput,
  UpdateProductPayload,
} from './product.types.js';

const managers = [Role.CENTRAL_COMMERCIAL, Role.SUPPLIER];

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'Products, by name. Public.' })
  products(@Args(() => ProductsArgs) args: ProductsArgs, @Ctx() ctx: Context) {
    return new ProductService(ctx).list(args);
  }

  @Query(() => Product, { nullable: true, description: 'One product by id; null if there is none. Public.' })
  product(@Arg('id', () => String, { description: 'The product’s id.' }) id: string, @Ctx() ctx: Context) {
    return new ProductService(ctx).byId(id);
  }

  @Query(() => [CpvCode], { description: 'CPV codes from the ICT list, by code, for choosing one. Public.' })
  cpvCodes(@Args(() => CpvCodesArgs) args: CpvCodesArgs, @Ctx() ctx: Context) {
    return new ProductService(ctx).cpvCodes(args);
  }

  @Authorized(managers)
  @Mutation(() => CreateProductPayload, {
    description: 'Adds a product with its versions. CENTRAL_COMMERCIAL, or the supplier itself.',
  })
  createProduct(
    @Arg('input', () => CreateProductInput, { description: 'The product.' }) input: CreateProductInput,
    @Ctx() ctx: Context,
  ) {
    return new ProductService(ctx).create(input);
  }

  @Authorized(managers)
  @Mutation(() => UpdateProductPayload, {
    description: 'Edits a product. CENTRAL_COMMERCIAL, or the supplier itself.',
  })
  updateProduct(
    @Arg('input', () => UpdateProductInput, { description: 'The product.' }) input: UpdateProductInput,
    @Ctx() ctx: Context,
  ) {
    return new ProductService(ctx).update(input);
  }

  @Authorized(managers)
  @Mutation(() => AddProductVersionPayload, {
    description: 'Adds a version to a product. CENTRAL_COMMERCIAL, or the supplier itself.',
  })
  addProductVersion(
    @Arg('input', () => AddProductVersionInput, { description: 'The version.' })
    input: AddProductVersionInput,
    @Ctx() ctx: Context,
  ) {
    return new ProductService(ctx).addVersion(input);
  }

  @FieldResolver(() => Supplier, { description: 'Who sells it.' })
  supplier(@Root() product: Product) {
    return product.supplier.load();
  }

  @FieldResolver(() => CpvCode, { description: 'Its CPV classification.' })
  cpv(@Root() product: Product) {
    return product.cpvCode.load();
  }

  @FieldResolver(() => [ProductVersion], { description: 'Its versions, in version order (9.2 before 10.0).' })
  versions(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.versionsByProduct.load(product.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit it.' })
  viewerCanEdit(@Root() product: Product, @Ctx() ctx: Context) {
    return canManageSupplier(ctx.viewer, product.supplier.id);
  }
}

@Resolver(() => ProductVersion)
export class ProductVersionResolver {
  @FieldResolver(() => Product, { description: 'The product.' })
  product(@Root() version: ProductVersion) {
    return related(version.product);
  }

  @FieldResolver(() => [CataloguePrice], {
    description: 'Ceiling prices in force for it on published frameworks (where it can be bought).',
  })
  cataloguePrices(@Root() version: ProductVersion, @Ctx() ctx: Context) {
    return ctx.loaders.publicPricesByProductVersion.load(version.id);
  }
}
