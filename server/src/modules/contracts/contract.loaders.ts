import type { EntityManager } from '@mikro-orm/sql';
import DataLoader from 'dataloader';
import { childrenLoader } from '../../core/loaders.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { readContractLines, type ContractLineRead } from './contract-line-reads.js';

export function createContractLoaders(em: EntityManager) {
  return {
    /** Each contract's lines, in order, with their products and ceiling prices (read-only). */
    linesByContract: new DataLoader<string, ContractLineRead[]>(async (ids) => {
      const lines = await readContractLines(em, ids);
      return ids.map((id) => lines.get(id) ?? []);
    }),
    /** Each contract's audit events, newest first: its history. */
    historyByContract: childrenLoader(em, AuditEvent, 'entityId', {
      where: { entityType: 'Contract' },
      orderBy: { id: 'desc' },
    }),
  };
}
