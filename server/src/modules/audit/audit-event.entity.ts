import { BigIntType, OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One change, as it happened. Append-only: the database refuses updates and deletes of these
 * rows (the triggers below), so the trail cannot be edited after the fact.
 * Actor and membership are plain ids, not foreign keys: the trail outlives what it mentions.
 */
const refuse = `raise exception 'audit events are append-only: % refused', tg_op using errcode = 'insufficient_privilege';`;

@ObjectType({ description: 'One recorded change: who did what to which record, when, and what changed.' })
@Entity({
  tableName: 'audit_event',
  triggers: [
    {
      name: 'audit_event_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: refuse,
    },
  ],
})
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['occurredAt'] })
export class AuditEvent {
  [OptionalProps]?: 'id' | 'occurredAt';

  @Field(() => ID, { description: 'Position in the trail: later events have larger ids.' })
  // Kept as a string in JavaScript: GraphQL's ID cannot carry a BigInt.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  @Field(() => ID, { nullable: true, description: 'Id of the user who acted; null for anonymous attempts.' })
  @Property({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the membership the actor was acting in, if any.' })
  @Property({ type: 'uuid', nullable: true })
  membershipId!: string | null;

  @Field(() => String, { description: 'What happened: the mutation, e.g. signIn or createUser.' })
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Field(() => String, { description: 'Type of the record concerned, e.g. User.' })
  @Property({ type: 'string', length: 100 })
  entityType!: string;

  @Field(() => String, { nullable: true, description: 'Id of the record concerned, if one.' })
  @Property({ type: 'string', length: 100, nullable: true })
  entityId!: string | null;

  /** `{ before, after }` of the fields that changed (secrets never included). */
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed: `{ before, after }`.' })
  @Property({ type: 'json', nullable: true })
  changes!: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null } | null;

  @Field(() => String, { nullable: true, description: 'Id of the HTTP request, to find it in the logs.' })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId!: string | null;
}
