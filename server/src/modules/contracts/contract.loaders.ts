import type { EntityManager } from '@mikro-orm/sql';
import { childrenLoader } from '../../core/loaders.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ContractLine } from './contract-line.entity.js';

export function createContractLoaders(em: EntityManager) {
  return {
    /** With each line's product and ceiling price, which every list of lines shows. */
    linesByContract: childrenLoader(em, ContractLine, 'contract', {
      orderBy: { position: 'asc', id: 'asc' },
      populate: ['productVersion.product', 'ceilingPrice'],
    }),
    /** Each contract's audit events, newest first: its history. */
    historyByContract: childrenLoader(em, AuditEvent, 'entityId', {
      where: { entityType: 'Contract' },
      orderBy: { id: 'desc' },
    }),
  };
}
