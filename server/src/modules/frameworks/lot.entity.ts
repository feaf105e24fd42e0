import { bumpsComparisonVersion } from '../../core/comparison-version.js';
import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ProductCategory } from '../catalogue/catalogue.enums.js';
import { Standard } from '../standards/standard.entity.js';
import { Framework } from './framework.entity.js';
import { LotAward } from './lot-award.entity.js';

@ObjectType({ description: 'A part of a framework with its own scope and its own approved suppliers.' })
@Entity({ tableName: 'lot', triggers: [bumpsComparisonVersion('lot')] })
@Unique({ properties: ['framework', 'number'] })
export class Lot {
  [OptionalProps]?: 'id' | 'scope';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Framework, ref: true, deleteRule: 'cascade' })
  framework!: Ref<Framework>;

  @Field(() => Int, { description: 'Lot number, unique within the framework.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'What may be bought through the lot.' })
  @Property({ type: 'text' })
  scope: string = '';

  @Field(() => ProductCategory, { description: 'The kind of product the lot covers.' })
  @Enum({ items: () => ProductCategory })
  category!: ProductCategory;

  /** Standards every product sold through the lot must meet. */
  @ManyToMany({ entity: () => Standard, pivotTable: 'lot_required_standard' })
  requiredStandards = new Collection<Standard>(this);

  @OneToMany({ entity: () => LotAward, mappedBy: 'lot' })
  awards = new Collection<LotAward>(this);
}
