import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../core/pagination.js';
import { AuditEvent } from './audit-event.entity.js';

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent', 'audit event') {}

@InputType({ description: 'Narrows the audit trail. Every given condition must hold.' })
export class AuditEventFilter {
  @Field(() => [String], { nullable: true, description: 'Only these actions, e.g. signIn.' })
  actions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only events about records of this type.' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events about this record.' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events by this user.' })
  actorUserId?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only events at or after this time.' })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only events before this time.' })
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Conditions every listed event meets.' })
  filter?: AuditEventFilter | null;
}
