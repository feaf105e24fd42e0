import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { ProductCategory } from './catalogue.enums.js';
import { CpvCode } from './cpv-code.entity.js';
import { bumpsComparisonVersion } from '../../core/comparison-version.js';

@ObjectType({ description: 'A product or service a supplier sells, in one or more versions.' })
@Entity({ tableName: 'product', triggers: [bumpsComparisonVersion('product')] })
@Unique({ properties: ['supplier', 'name'] })
@Index({ properties: ['category', 'name'] })
export class Product {
  [OptionalProps]?: 'id' | 'description' | 'createdAt' | 'updatedAt' | 'rowVersion';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Supplier, ref: true })
  supplier!: Ref<Supplier>;

  @Field(() => String, { description: 'Product name, unique for its supplier.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => ProductCategory, { description: 'What kind of product it is.' })
  @Enum({ items: () => ProductCategory })
  category!: ProductCategory;

  @ManyToOne({ entity: () => CpvCode, ref: true, fieldName: 'cpv_code' })
  cpvCode!: Ref<CpvCode>;

  @Field(() => String, { description: 'What it does, in the supplier’s or the centre’s words.' })
  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Changes with every edit; send it back to edit (optimistic locking).' })
  @Property({ type: 'integer', version: true })
  rowVersion!: number;
}

@ObjectType({ description: 'One release of a product; what frameworks award and contracts buy.' })
@Entity({ tableName: 'product_version', triggers: [bumpsComparisonVersion('product_version')] })
@Unique({ properties: ['product', 'version'] })
export class ProductVersion {
  [OptionalProps]?: 'id' | 'releasedOn' | 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @Field(() => String, { description: 'Version label, e.g. 4.2 or 2026.1.' })
  @Property({ type: 'string', length: 40 })
  version!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it was released, if recorded.' })
  @Property({ type: 'date', nullable: true })
  releasedOn: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
