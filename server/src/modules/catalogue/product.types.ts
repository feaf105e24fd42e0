import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../core/pagination.js';
import { LocalDate } from '../../core/scalars.js';
import { UserError } from '../../core/user-error.js';
import { ProductCategory } from './catalogue.enums.js';
import { Product, ProductVersion } from './product.entity.js';

@ObjectType({ description: 'A page of products.' })
export class ProductConnection extends Connection(Product, 'Product', 'product') {}

@InputType({ description: 'Narrows the list of products. Every given condition must hold.' })
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Part of the product’s or the supplier’s name.' })
  search?: string | null;

  @Field(() => [ProductCategory], { nullable: true, description: 'Only these categories.' })
  categories?: ProductCategory[] | null;

  @Field(() => String, { nullable: true, description: 'Only this supplier’s products.' })
  supplierId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only products classified with this CPV code.' })
  cpvCode?: string | null;
}

@ArgsType()
export class ProductsArgs extends ConnectionArgs {
  @Field(() => ProductFilter, { nullable: true, description: 'Conditions every listed product meets.' })
  filter?: ProductFilter | null;
}

@ArgsType()
export class CpvCodesArgs {
  @Field(() => String, { nullable: true, description: 'Part of the code or label.' })
  search?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most this many (1–100).' })
  first!: number;
}

@InputType({ description: 'A product’s details.' })
export class ProductInput {
  @Field(() => String, { description: 'Name, unique for the supplier.' })
  name!: string;

  @Field(() => ProductCategory, { description: 'What kind of product it is.' })
  category!: ProductCategory;

  @Field(() => String, { description: 'CPV code from the ICT list, e.g. 48180000-3.' })
  cpvCode!: string;

  @Field(() => String, { nullable: true, description: 'What it does.' })
  description?: string | null;
}

@InputType({ description: 'A new product with its first versions.' })
export class CreateProductInput extends ProductInput {
  @Field(() => String, { description: 'The supplier that sells it.' })
  supplierId!: string;

  @Field(() => [String], { description: 'Version labels, at least one, e.g. ["4.2"].' })
  versions!: string[];
}

@InputType({ description: 'A product’s details, edited.' })
export class UpdateProductInput extends ProductInput {
  @Field(() => ID, { description: 'The product.' })
  id!: string;

  @Field(() => Int, { description: 'The `rowVersion` you loaded.' })
  expectedRowVersion!: number;
}

@InputType({ description: 'A new version of a product.' })
export class AddProductVersionInput {
  @Field(() => String, { description: 'The product.' })
  productId!: string;

  @Field(() => String, { description: 'Version label, e.g. 4.3.' })
  version!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it was released.' })
  releasedOn?: string | null;
}

@ObjectType({ description: 'The product as saved, or why nothing was saved.' })
export class ProductPayload {
  @Field(() => Product, { nullable: true, description: 'The product; null if nothing was saved.' })
  product!: Product | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The new product, or why nothing was saved.' })
export class CreateProductPayload extends ProductPayload {}

@ObjectType({ description: 'The edited product, or why nothing was saved.' })
export class UpdateProductPayload extends ProductPayload {}

@ObjectType({ description: 'The new version, or why nothing was saved.' })
export class AddProductVersionPayload {
  @Field(() => ProductVersion, { nullable: true, description: 'The version; null if nothing was saved.' })
  productVersion!: ProductVersion | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}
