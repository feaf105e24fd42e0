import type { EntityManager } from '@mikro-orm/sql';
import DataLoader from 'dataloader';
import { Membership } from '../modules/identity/membership.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { createOrganisationLoaders } from '../modules/organisations/organisation.loaders.js';

/**
 * Per-request batch loaders for lists a field resolver would otherwise query once per parent.
 * (Many-to-one references load through MikroORM's own dataloader: `ref.load()`.)
 */
export function createLoaders(em: EntityManager) {
  return {
    ...createOrganisationLoaders(em),
    /** Users by id, in one query per batch; null for ids that no longer exist. */
    userById: new DataLoader<string, User | null>(async (ids) => {
      const users = new Map((await em.find(User, { id: { $in: [...ids] } })).map((u) => [u.id, u]));
      return ids.map((id) => users.get(id) ?? null);
    }),
    /** Each user's memberships, oldest first, for all users asked in one query. */
    membershipsByUser: new DataLoader<string, Membership[]>(async (userIds) => {
      const rows = await em.find(
        Membership,
        { user: { $in: [...userIds] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return userIds.map((id) => rows.filter((m) => m.user.id === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
