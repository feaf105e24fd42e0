import type { EntityManager } from '@mikro-orm/sql';

/** A statement and its `?` parameters (arrays go as PostgreSQL array literals, `{a,b}`, with a cast). */
export type Sql = { text: string; params: unknown[] };

/** Runs one statement in the entity manager's transaction, if it is in one; returns its rows. */
export async function rows<T>(em: EntityManager, sql: Sql): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql.text, sql.params, 'all', em.getTransactionContext());
}
