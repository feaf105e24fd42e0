import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, Kind, validate, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Config } from './config.js';
import type { Context } from './context.js';
import type { Logger } from './logger.js';

/**
 * The document with page sizes given as variables (`first: $first`) written in as numbers, so that
 * a page costs what it fetches whether its size is typed in the document or sent beside it.
 */
function withPageSizes(document: DocumentNode, variables: Record<string, unknown> = {}): DocumentNode {
  return visit(document, {
    Argument(node) {
      if (node.name.value !== 'first' && node.name.value !== 'last') return undefined;
      if (node.value.kind !== Kind.VARIABLE) return undefined;
      const size = variables[node.value.name.value];
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) return undefined;
      return { ...node, value: { kind: Kind.INT, value: String(size) } };
    },
  });
}

/**
 * What one operation costs: graphql-armor's measure, the same one that refuses a document over the
 * cost limit (objects 2, scalars 1, each level deeper × 1.5, lists × their `first` or `last`, typed
 * in or sent as a variable). Summed over the document's operations.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
): number {
  let cost = 0;
  validate(schema, withPageSizes(document, variables), [
    costLimitRule({ maxCost: Number.POSITIVE_INFINITY, onAccept: [(_context, { n }) => (cost += n)] }),
  ]);
  return Math.max(1, Math.ceil(cost));
}

export type BucketKind = 'user' | 'token' | 'address';

/** Whose budget a request spends: its API token's, else its user's, else (signed out) its address's. */
function bucketOf(context: Context): { kind: BucketKind; key: string } | null {
  const { viewer } = context;
  if (viewer.kind === 'user' && viewer.token) return { kind: 'token', key: `token:${viewer.token.id}` };
  if (viewer.kind === 'user') return { kind: 'user', key: `user:${viewer.user.id}` };
  return context.http.ipAddress ? { kind: 'address', key: `address:${context.http.ipAddress}` } : null;
}

export type RateLimiting = {
  plugin: ApolloServerPlugin<Context>;
  spend: (kind: BucketKind, key: string, cost: number) => Promise<number>;
  close: () => Promise<void>;
};

/**
 * Rate limiting by query cost (rate-limiter-flexible): each user, API token and signed-out address
 * may spend so many cost points per window. On PostgreSQL the counts live in the `rate_limit` table,
 * so every server process shares them; the embedded database serves one process, which counts in
 * memory. If the shared store cannot be reached, each process counts in its own memory meanwhile
 * (so N processes allow up to N budgets): a limit still holds, and the store is never a reason to
 * refuse. Only `/graphql` is limited; the REST routes (imports, open data) are not.
 */
export function createRateLimiting(
  config: Pick<Config, 'database' | 'rateLimit'>,
  logger: Logger,
): RateLimiting {
  const { windowSeconds } = config.rateLimit;
  const pool =
    config.database.kind === 'postgresql'
      ? new pg.Pool({
          connectionString: config.database.url,
          max: 4,
          connectionTimeoutMillis: 2_000,
          // A PostgreSQL that hangs rather than refuses: the memory counts take over after a second.
          query_timeout: 1_000,
        })
      : null;
  // A pooled connection that PostgreSQL closes (a restart) must not take the process with it.
  pool?.on('error', (error) => logger.warn({ err: error }, 'rate limit store lost a connection'));

  const limiters = new Map<BucketKind, RateLimiterAbstract>();
  for (const kind of ['user', 'token', 'address'] as const) {
    const points = config.rateLimit[kind];
    if (points === 0) continue;
    const options = { points, duration: windowSeconds, keyPrefix: '' };
    limiters.set(
      kind,
      pool
        ? new RateLimiterPostgres({
            ...options,
            storeClient: pool,
            storeType: 'pool',
            tableName: 'rate_limit',
            tableCreated: true,
            clearExpiredByTimeout: true,
            insuranceLimiter: new RateLimiterMemory(options),
          })
        : new RateLimiterMemory(options),
    );
  }

  // Costs by document hash and the whole numbers sent with it (the page sizes among them): the app
  // sends the same few dozen documents, with a few page sizes, again and again.
  const costs = new Map<string, number>();
  const costOf = (
    hash: string,
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
  ) => {
    const numbers = Object.entries(variables ?? {}).filter(([, v]) => Number.isInteger(v));
    const key = `${hash}${JSON.stringify(numbers)}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      if (costs.size >= 5_000) costs.clear();
      cost = operationCost(schema, document, variables);
      costs.set(key, cost);
    }
    return cost;
  };

  /** Spends `cost` from a bucket: 0 if allowed, else the seconds until it may be spent. */
  async function spend(kind: BucketKind, key: string, cost: number): Promise<number> {
    const limiter = limiters.get(kind);
    if (!limiter) return 0;
    try {
      await limiter.consume(key, cost);
      return 0;
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
      return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
    }
  }

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, queryHash, schema, request }) {
          const bucket = bucketOf(contextValue);
          if (!bucket || !limiters.has(bucket.kind)) return;
          const cost = costOf(queryHash, schema, document, request.variables);
          let seconds: number;
          try {
            seconds = await spend(bucket.kind, bucket.key, cost);
          } catch (error) {
            contextValue.log.warn({ err: error }, 'rate limit not checked: its store failed');
            return;
          }
          if (seconds === 0) return;
          contextValue.log.warn({ bucket: bucket.kind, cost, retryAfter: seconds }, 'rate limited');
          throw new GraphQLError(
            `Too many requests in a short time: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds: seconds,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
              },
            },
          );
        },
      };
    },
  };

  return { plugin, spend, close: async () => void (await pool?.end()) };
}
