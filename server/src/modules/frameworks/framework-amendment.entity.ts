import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { AmendmentKind } from './framework.enums.js';
import { Framework } from './framework.entity.js';

@ObjectType({ description: 'A recorded change to a published framework, shown in its history.' })
@Entity({ tableName: 'framework_amendment' })
@Index({ properties: ['framework', 'madeAt'] })
export class FrameworkAmendment {
  [OptionalProps]?: 'id' | 'madeAt' | 'details';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Framework, ref: true, deleteRule: 'cascade' })
  framework!: Ref<Framework>;

  @Field(() => AmendmentKind, { description: 'What kind of change it was.' })
  @Enum({ items: () => AmendmentKind })
  kind!: AmendmentKind;

  @Field(() => String, { description: 'What changed, in a sentence (written by Concord).' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: 'Why, in the words of the person who made it.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => LocalDate, { description: 'The day the change takes effect.' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  /** Who made it (user id); the audit trail has the rest. */
  @Property({ type: 'uuid', nullable: true })
  madeByUserId!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  madeAt: Date = new Date();

  /** Machine-readable before and after, for the history and the OCDS export. */
  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null = null;
}
