// Bulk inserts as `insert … select … from unnest(…)`: an array constant per column, the statement
// carrying its values. Thousands of rows a round trip, with none of the unit of work's tracking.

export type Value = string | number | boolean | null;

/** A table's columns with their types, filled a column at a time for `unnest`. */
export class Columns<Name extends string> {
  readonly values: Record<Name, Value[]>;
  constructor(
    readonly table: string,
    readonly types: Record<Name, string>,
  ) {
    this.values = Object.fromEntries(Object.keys(types).map((name) => [name, []])) as unknown as Record<
      Name,
      Value[]
    >;
  }
  push(row: Record<Name, Value>) {
    for (const name in this.types) this.values[name].push(row[name]);
  }
  get length() {
    return (Object.values(this.values) as Value[][])[0]!.length;
  }
  /**
   * One `insert … select … from unnest(…)` with an array constant per column; a uuid column that
   * repeats (a line's contract, product version, ceiling) is sent as positions in a list of its
   * distinct values, a fraction of the text: PGlite reads the SQL a character at a time in
   * JavaScript, so shorter is faster. `extra` adds a column the database computes.
   */
  insertSql(extra: { column: string; expression: string } | null = null): string {
    const names = Object.keys(this.types) as Name[];
    const arrays: string[] = [];
    const selects: string[] = extra ? [extra.expression] : [];
    for (const name of names) {
      const values = this.values[name];
      const distinct = this.types[name] === 'uuid' ? new Map<Value, number>() : null;
      if (distinct)
        for (const v of values) if (v !== null && !distinct.has(v)) distinct.set(v, distinct.size + 1);
      if (distinct && distinct.size < values.length / 2) {
        arrays.push(`${arrayConstant(values.map((v) => (v === null ? null : distinct.get(v)!)))}::int[]`);
        selects.push(`(${arrayConstant([...distinct.keys()])}::uuid[])[u."${name}"]`);
      } else {
        arrays.push(`${arrayConstant(values)}::${this.types[name]}[]`);
        selects.push(`u."${name}"`);
      }
    }
    const columns = [...(extra ? [extra.column] : []), ...names].map((n) => `"${n}"`).join(', ');
    return (
      `insert into "${this.table}" (${columns}) select ${selects.join(', ')} ` +
      `from unnest(${arrays.join(', ')}) as u(${names.map((n) => `"${n}"`).join(', ')})`
    );
  }
}

/** Array elements that need no quotes: no separators, quotes, braces, backslashes or spaces. */
const BARE = /^[A-Za-z0-9_.:+-]+$/;
const SPECIAL = /["\\']/;

/**
 * A PostgreSQL array literal as an `E'…'` string constant, built in one pass; MikroORM's own
 * quoting goes a character at a time, which takes seconds for megabytes of literals, so the
 * statement carries its values and has no parameters (nor any concern with PostgreSQL's 65,535
 * bind parameters). Text is quoted as an array element (`"` and `\` escaped), then as a string
 * constant (`'` and `\` doubled), so any text survives.
 */
export function arrayConstant(values: readonly Value[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'boolean') parts[i] = v ? 't' : 'f';
    else if (typeof v === 'number') parts[i] = String(v);
    else if (BARE.test(v) && v.toUpperCase() !== 'NULL') parts[i] = v;
    else if (!SPECIAL.test(v)) parts[i] = `"${v}"`;
    else parts[i] = `"${v.replace(/[\\"]/g, '\\$&').replace(/['\\]/g, '$&$&')}"`;
  }
  return `E'{${parts.join(',')}}'`;
}
