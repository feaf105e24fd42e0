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

function auditEvent(viewer: Viewer, requestId: string, input: AuditInput) {
  const signedIn = viewer.kind === 'user' ? viewer : null;
  return {
    actorUserId: input.actorUserId !== undefined ? input.actorUserId : (signedIn?.user.id ?? null),
    membershipId: signedIn?.membership?.id ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes:
      input.before || input.after ? { before: input.before ?? null, after: input.after ?? null } : null,
    requestId,
  };
}

/** Adds an audit event to the unit of work: it is written in the same transaction as the change. */
export function recordAudit(em: EntityManager, viewer: Viewer, requestId: string, input: AuditInput): void {
  em.create(AuditEvent, auditEvent(viewer, requestId, input));
}

/**
 * Writes an audit event now, in one statement (no transaction around it): for a read that is on
 * the record, with nothing else to save, before its answer goes out.
 */
export async function writeAudit(
  em: EntityManager,
  viewer: Viewer,
  requestId: string,
  input: AuditInput,
): Promise<void> {
  await em.insert(AuditEvent, auditEvent(viewer, requestId, input));
}
