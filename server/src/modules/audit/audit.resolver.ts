import type { FilterQuery } from '@mikro-orm/core';
import { isUuid } from '../../core/ids.js';
import { badInput } from '../../core/errors.js';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { paginate } from '../../core/pagination.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventConnection, AuditEventsArgs } from './audit.types.js';

export const AUDIT_READERS = [Role.ADMIN, Role.CENTRAL_COMMERCIAL] as const;

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized([...AUDIT_READERS])
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first. For ADMIN and central commercial users.',
  })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: Context) {
    policy.actingAs(ctx.viewer, AUDIT_READERS);
    const f = args.filter ?? {};
    const where: FilterQuery<AuditEvent>[] = [];
    if (f.actions?.length) where.push({ action: { $in: f.actions } });
    if (f.entityType) where.push({ entityType: f.entityType });
    if (f.entityId) where.push({ entityId: f.entityId });
    if (f.actorUserId) {
      if (!isUuid(f.actorUserId))
        throw badInput('filter.actorUserId', '"filter.actorUserId" is not a user id.');
      where.push({ actorUserId: f.actorUserId });
    }
    if (f.from) where.push({ occurredAt: { $gte: f.from } });
    if (f.to) where.push({ occurredAt: { $lt: f.to } });
    return paginate(ctx.em, AuditEvent, args, {
      where: where.length ? { $and: where } : {},
      orderBy: { id: 'desc' },
    });
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The user who acted, if known and still present.',
  })
  actor(@Root() event: AuditEvent, @Ctx() ctx: Context) {
    return event.actorUserId ? ctx.loaders.userById.load(event.actorUserId) : null;
  }
}
