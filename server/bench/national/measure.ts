// Timing: an operation's full GraphQL request over HTTP (a kept-alive connection, as a browser's)
// and its hand-written SQL through `pg`, each after a warm-up, a fixed number of runs.
import { isDeepStrictEqual } from 'node:util';
import type pg from 'pg';
import { STATEMENT_COUNT_HEADER } from '../../src/core/statement-count.js';
import type { Operation, Target } from './operations.js';

export type Percentiles = { runs: number; p50: number; p95: number; p99: number };

/** Nearest-rank percentiles of the times, in milliseconds. */
export function percentiles(ms: readonly number[]): Percentiles {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { runs: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
}

export type GraphQLPost = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{
  ms: number;
  statements: number | null;
  data: unknown;
}>;

/** Posts GraphQL as a signed-in user (or anyone, without a cookie); throws on any error. */
export function graphqlPoster(base: string, cookie: string): GraphQLPost {
  return async (query, variables) => {
    const started = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown };
    const ms = performance.now() - started;
    if (!res.ok || body.errors)
      throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
    const statements = res.headers.get(STATEMENT_COUNT_HEADER);
    return { ms, statements: statements === null ? null : Number(statements), data: body.data };
  };
}

export type OperationFigures = {
  key: string;
  label: string;
  target: Target;
  /** The first request after the server started (nothing kept yet, nothing cached by PostgreSQL's planner). */
  first: { ms: number; statements: number | null };
  http: Percentiles;
  /** SQL statements of the measured requests (the most any issued). */
  statements: number | null;
  sql: Percentiles;
  /** http p95 ÷ sql p95. */
  ratio: number;
  sameAnswer: boolean;
};

export type Runs = { warmup: number; runs: number; sqlBudgetMs: number };

/**
 * Measures one operation: the first request, a warm-up, `runs` requests; then its SQL, a warm-up
 * and as many of `runs` as fit in `sqlBudgetMs` (a slow statement is run fewer times, said in the
 * figures). Compares the API's answer with the SQL's first.
 */
export async function measureOperation(
  op: Operation,
  post: GraphQLPost,
  db: pg.Client,
  runs: Runs,
): Promise<OperationFigures> {
  const first = await post(op.query, op.variables);
  const fromApi = op.fromAnswer(first.data as never);
  const fromSql = await op.handSql(db);
  const sameAnswer = isDeepStrictEqual(fromApi, fromSql);
  if (!sameAnswer) {
    console.error(`${op.key}: the API and the hand-written SQL disagree`);
    console.error(`  API: ${JSON.stringify(fromApi).slice(0, 600)}`);
    console.error(`  SQL: ${JSON.stringify(fromSql).slice(0, 600)}`);
  }
  for (let i = 0; i < runs.warmup; i++) await post(op.query, op.variables);
  const times: number[] = [];
  let statements: number | null = null;
  for (let i = 0; i < runs.runs; i++) {
    const r = await post(op.query, op.variables);
    times.push(r.ms);
    if (r.statements !== null) statements = Math.max(statements ?? 0, r.statements);
  }
  for (let i = 0; i < runs.warmup; i++) await op.handSql(db);
  const sqlTimes: number[] = [];
  const budgetEnds = performance.now() + runs.sqlBudgetMs;
  for (let i = 0; i < runs.runs && (i < 5 || performance.now() < budgetEnds); i++) {
    const started = performance.now();
    await op.handSql(db);
    sqlTimes.push(performance.now() - started);
  }
  const http = percentiles(times);
  const sql = percentiles(sqlTimes);
  return {
    key: op.key,
    label: op.label,
    target: op.target,
    first: { ms: first.ms, statements: first.statements },
    http,
    statements,
    sql,
    ratio: http.p95 / sql.p95,
    sameAnswer,
  };
}
