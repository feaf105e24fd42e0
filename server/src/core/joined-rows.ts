import type { EntityMetadata, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { raw, type Sql } from './sql.js';

/** One table of a statement that reads several tables in each row (a join), by its alias. */
export type JoinedTable = {
  /** Its columns for the select list, each named `<alias>__<column>`. */
  select: Sql;
  /** Its columns of a row, by column name; null when its id is null (a left join found nothing). */
  columnsOf(row: Record<string, unknown>): Record<string, unknown> | null;
  /** Its id in a row; null when a left join found nothing. */
  idOf(row: Record<string, unknown>): string | null;
};

export function joinedTable(em: EntityManager, entity: EntityName, alias: string): JoinedTable {
  const columns = Object.values(em.getMetadata().get(entity).properties)
    .filter((p) => p.persist !== false && p.fieldNames?.length && (p.kind === 'scalar' || p.kind === 'm:1'))
    .flatMap((p) => p.fieldNames);
  const keys = columns.map((c) => `${alias}__${c}`);
  const idKey = `${alias}__id`;
  const idOf = (row: Record<string, unknown>) =>
    row[idKey] === null || row[idKey] === undefined ? null : String(row[idKey]);
  return {
    select: raw(columns.map((c, i) => `${alias}."${c}" as "${keys[i]}"`).join(', ')),
    idOf,
    columnsOf(row) {
      if (idOf(row) === null) return null;
      const part: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) part[columns[i]!] = row[keys[i]!];
      return part;
    },
  };
}

/** A row's columns as the entity's property names, values as the driver gives them (no entity made). */
export function asProperties<T extends object>(em: EntityManager, entity: EntityName<T>, columns: object) {
  const meta = em.getMetadata().get(entity) as EntityMetadata<T>;
  return em.getDriver().mapResult(columns as never, meta) as Record<string, unknown>;
}
