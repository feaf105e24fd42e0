import { bumpsComparisonVersion } from '../../core/comparison-version.js';
import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { FrameworkStatus } from './framework.enums.js';
import { Lot } from './lot.entity.js';

/** What the database keeps: EXPIRED is never stored, it follows from the end date. */
export type StoredFrameworkStatus = Exclude<FrameworkStatus, 'EXPIRED'>;

@ObjectType({
  description:
    'A framework agreement a central body negotiated for the whole NHS: lots, suppliers, ceiling prices.',
})
@Entity({ tableName: 'framework', triggers: [bumpsComparisonVersion('framework')] })
@Index({ properties: ['status', 'endDate'] })
export class Framework {
  [OptionalProps]?:
    | 'id'
    | 'description'
    | 'status'
    | 'withdrawnReason'
    | 'publishedAt'
    | 'createdAt'
    | 'updatedAt'
    | 'rowVersion';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The central body that owns it; only its central users edit it. */
  @ManyToOne({ entity: () => Organisation, ref: true })
  owner!: Ref<Organisation>;

  @Field(() => String, { description: 'The owner’s reference, unique, e.g. RM6221.' })
  @Property({ type: 'string', length: 40, unique: true })
  reference!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'What it is for and who may use it.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => LocalDate, { description: 'First day trusts may call off from it.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day it is in force (after extensions).' })
  @Property({ type: 'date' })
  endDate!: string;

  @Enum({ items: () => FrameworkStatus })
  status: StoredFrameworkStatus = 'DRAFT';

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn; null unless WITHDRAWN.' })
  @Property({ type: 'text', nullable: true })
  withdrawnReason: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was published; null while a draft.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, {
    description: 'Changes with every edit; send it back with an edit so nobody overwrites another’s work.',
  })
  @Property({ type: 'integer', version: true })
  rowVersion!: number;

  @OneToMany({ entity: () => Lot, mappedBy: 'framework' })
  lots = new Collection<Lot>(this);
}
