import type { EntityManager } from '@mikro-orm/sql';
import { createOrganisationLoaders } from '../modules/organisations/organisation.loaders.js';

/**
 * Per-request batch loaders for lists a field resolver would otherwise query once per parent.
 * (Many-to-one references load through MikroORM's own dataloader: `ref.load()`.)
 */
export function createLoaders(em: EntityManager) {
  return { ...createOrganisationLoaders(em) };
}

export type Loaders = ReturnType<typeof createLoaders>;
