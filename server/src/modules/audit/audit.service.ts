import type { EntityManager } from '@mikro-orm/sql';
import type { Viewer } from '../../core/auth/viewer.js';
import { AuditEvent } from './audit-event.entity.js';

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Overrides the viewer as actor, e.g. the user who just signed in. */
  actorUserId?: string | null;
};

/** Adds an audit event to the unit of work: it is written in the same transaction as the change. */
export function recordAudit(em: EntityManager, viewer: Viewer, requestId: string, input: AuditInput): void {
  const signedIn = viewer.kind === 'user' ? viewer : null;
  em.create(AuditEvent, {
    actorUserId: input.actorUserId !== undefined ? input.actorUserId : (signedIn?.user.id ?? null),
    membershipId: signedIn?.membership?.id ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes:
      input.before || input.after ? { before: input.before ?? null, after: input.after ?? null } : null,
    requestId,
  });
}
