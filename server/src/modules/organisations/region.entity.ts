import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One of the seven NHS England regions.' })
@Entity({ tableName: 'region' })
export class Region {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'ODS code of the region, for example Y56 (London).' })
  @PrimaryKey({ type: 'string', length: 8 })
  code!: string;

  @Field(() => String, { description: 'Name of the region.' })
  @Property({ type: 'string' })
  name!: string;
}
