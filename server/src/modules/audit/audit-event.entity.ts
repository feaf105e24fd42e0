import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One change, as it happened. Append-only: the database refuses updates and deletes of these
 * rows (the triggers below), so the trail cannot be edited after the fact.
 * Actor and membership are plain ids, not foreign keys: the trail outlives what it mentions.
 */
const refuse = `raise exception 'audit events are append-only: % refused', tg_op using errcode = 'insufficient_privilege';`;

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

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  membershipId!: string | null;

  /** What happened, as `verbNoun` of the mutation (e.g. `signIn`, `createUser`). */
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Property({ type: 'string', length: 100 })
  entityType!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  entityId!: string | null;

  /** `{ before, after }` of the fields that changed (secrets never included). */
  @Property({ type: 'json', nullable: true })
  changes!: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null } | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId!: string | null;
}
