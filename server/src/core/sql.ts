import type { EntityManager } from '@mikro-orm/sql';

/** A statement and its `?` parameters (arrays go as PostgreSQL array literals, `{a,b}`, with a cast). */
export type Sql = { text: string; params: unknown[] };

/** Runs one statement in the entity manager's transaction, if it is in one; returns its rows. */
export async function rows<T>(em: EntityManager, sql: Sql): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql.text, sql.params, 'all', em.getTransactionContext());
}

const isSql = (value: unknown): value is Sql =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Sql).text === 'string' &&
  Array.isArray((value as Sql).params);

/**
 * A statement from a template: each interpolated value becomes a `?` parameter, in order, and an
 * interpolated `Sql` fragment is spliced in with its own parameters. Never interpolate identifiers
 * or user text as `raw`.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1]!;
  });
  return { text, params };
}

/** Text written in the code (never user input), spliced in as it is. */
export const raw = (text: string): Sql => ({ text, params: [] });

/** Fragments joined by `separator` (`' and '`, `', '`). */
export function joinSql(parts: readonly Sql[], separator: string): Sql {
  return { text: parts.map((p) => p.text).join(separator), params: parts.flatMap((p) => p.params) };
}

/** A PostgreSQL array literal, for `= any(${textArray(codes)}::text[])`. */
export const textArray = (values: readonly string[]): string =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
