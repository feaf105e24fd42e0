import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Region } from './region.entity.js';

@ObjectType('Icb', { description: 'An integrated care board. ICBs merge, so each has validity dates.' })
@Entity({ tableName: 'icb' })
export class Icb {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'ODS code of the ICB.' })
  @PrimaryKey({ type: 'string', length: 8 })
  code!: string;

  @Field(() => String, { description: 'Name of the ICB.' })
  @Property({ type: 'string' })
  name!: string;

  @ManyToOne({ entity: () => Region, ref: true })
  region!: Ref<Region>;

  @Field(() => LocalDate, { description: 'First day the ICB is in force.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day the ICB is in force; null while it is.' })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;
}
