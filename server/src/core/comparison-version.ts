import type { EntityManager } from '@mikro-orm/sql';
import type { TriggerDef } from '@mikro-orm/core';

/**
 * What comparisons read changes only through statements on a few tables (contracts, their lines,
 * and the trusts, suppliers and products they are shown with). Each such statement takes the next
 * number from one sequence, so a cached comparison can tell whether it is still current by reading
 * one number. A sequence, not a counter row: writers never wait on each other for it, and numbers
 * taken by a transaction that rolls back only make a cached answer be computed again.
 */
export const COMPARISON_VERSION_SEQUENCE = 'comparison_version_seq';

/** The trigger each of those tables carries (declared on its entity, so migrations keep it). */
export function bumpsComparisonVersion(table: string): TriggerDef {
  return {
    name: `${table}_comparison_version`,
    timing: 'after',
    // Not TRUNCATE: nothing truncates these tables, and MikroORM's introspection cannot see it.
    events: ['insert', 'update', 'delete'],
    forEach: 'statement',
    body: `perform nextval('${COMPARISON_VERSION_SEQUENCE}'); return null;`,
  };
}

/** The current version: changes whenever anything a comparison reads may have changed. */
export async function comparisonVersion(em: EntityManager): Promise<string> {
  const [row] = await em
    .getConnection()
    .execute<{ version: string }[]>(
      `select last_value::text || ':' || is_called::text as version from ${COMPARISON_VERSION_SEQUENCE}`,
      [],
      'all',
      em.getTransactionContext(),
    );
  return row!.version;
}
