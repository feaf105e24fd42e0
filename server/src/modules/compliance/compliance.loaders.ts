import type { EntityManager } from '@mikro-orm/sql';
import { childrenLoader } from '../../core/loaders.js';
import { LocalAcceptance } from './local-acceptance.entity.js';

/** Per-request batch loaders for compliance fields. */
export function createComplianceLoaders(em: EntityManager) {
  return {
    /** Each declaration's local acceptances, oldest first (callers keep what the viewer may see). */
    acceptancesByDeclaration: childrenLoader(em, LocalAcceptance, 'declaration', {
      orderBy: { acceptedAt: 'asc', id: 'asc' },
    }),
  };
}
