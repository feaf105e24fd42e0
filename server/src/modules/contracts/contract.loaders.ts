import type { EntityManager } from '@mikro-orm/sql';
import { childrenLoader } from '../../core/loaders.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ContractLine } from './contract-line.entity.js';

export function createContractLoaders(em: EntityManager) {
  return {
    linesByContract: childrenLoader(em, ContractLine, 'contract', {
      orderBy: { position: 'asc', id: 'asc' },
    }),
    /** Each contract's audit events, newest first: its history. */
    historyByContract: childrenLoader(em, AuditEvent, 'entityId', {
      where: { entityType: 'Contract' },
      orderBy: { id: 'desc' },
    }),
  };
}
