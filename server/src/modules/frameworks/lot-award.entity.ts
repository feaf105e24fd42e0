import { bumpsComparisonVersion } from '../../core/comparison-version.js';
import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { CataloguePrice } from './catalogue-price.entity.js';
import { Lot } from './lot.entity.js';

@ObjectType({
  description: 'A supplier approved on a lot, with the products it offers there and their prices.',
})
@Entity({ tableName: 'lot_award', triggers: [bumpsComparisonVersion('lot_award')] })
@Unique({ properties: ['lot', 'supplier'] })
export class LotAward {
  [OptionalProps]?: 'id' | 'awardedOn';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Lot, ref: true, deleteRule: 'cascade' })
  lot!: Ref<Lot>;

  @ManyToOne({ entity: () => Supplier, ref: true, index: true })
  supplier!: Ref<Supplier>;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the supplier was approved (for amendments, the day).',
  })
  @Property({ type: 'date', nullable: true })
  awardedOn: string | null = null;

  @OneToMany({ entity: () => CataloguePrice, mappedBy: 'award' })
  prices = new Collection<CataloguePrice>(this);
}
