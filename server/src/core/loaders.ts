import type { EntityName, FilterQuery, QueryOrderMap, Ref, Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import DataLoader from 'dataloader';
import { createCatalogueLoaders } from '../modules/catalogue/catalogue.loaders.js';
import { createComplianceLoaders } from '../modules/compliance/compliance.loaders.js';
import { createContractLoaders } from '../modules/contracts/contract.loaders.js';
import { createFrameworkLoaders } from '../modules/frameworks/framework.loaders.js';
import { Membership } from '../modules/identity/membership.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { createOrganisationLoaders } from '../modules/organisations/organisation.loaders.js';

/** The id behind a many-to-one value, whether it is a reference or a bare id. */
const idOf = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as { id: unknown }).id) : String(value);

/**
 * A many-to-one's entity for a field resolver: at once when it is already loaded (GraphQL then has
 * no promise to wait for, which on a page of 500 lines is much of its work), otherwise loaded.
 */
export function related<T extends object>(ref: Ref<T>): T | Promise<T> {
  const reference = ref as unknown as Reference<T>;
  return reference.isInitialized() ? reference.getEntity() : (reference.load() as Promise<T>);
}

/**
 * Children of many parents in one query per batch: `key` is the many-to-one property that points
 * at the parent. Each parent gets its rows in `orderBy` order (empty when it has none). `populate`
 * loads relations every use of the children shows, joined in the same statement.
 */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: keyof T & string,
  options: { where?: FilterQuery<T>; orderBy: QueryOrderMap<T> },
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const where = { [key]: { $in: [...parentIds] }, ...(options.where as object) } as FilterQuery<T>;
    const rows = await em.find(entity, where as never, { orderBy: options.orderBy } as never);
    const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get(idOf(row[key]))?.push(row);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}

/**
 * Per-request batch loaders for lists a field resolver would otherwise query once per parent.
 * (Many-to-one references load through MikroORM's own dataloader: `ref.load()`.)
 */
export function createLoaders(em: EntityManager) {
  return {
    ...createOrganisationLoaders(em),
    ...createCatalogueLoaders(em),
    ...createFrameworkLoaders(em),
    ...createContractLoaders(em),
    ...createComplianceLoaders(em),
    /** Users by id, in one query per batch; null for ids that no longer exist. */
    userById: new DataLoader<string, User | null>(async (ids) => {
      const users = new Map((await em.find(User, { id: { $in: [...ids] } })).map((u) => [u.id, u]));
      return ids.map((id) => users.get(id) ?? null);
    }),
    /** Each user's memberships, oldest first, for all users asked in one query. */
    membershipsByUser: childrenLoader(em, Membership, 'user', { orderBy: { createdAt: 'asc', id: 'asc' } }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
