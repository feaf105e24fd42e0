import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
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
 * What one operation costs: graphql-armor's measure, the same one that refuses a document over the
 * cost limit (objects 2, scalars 1, each level deeper × 1.5, lists × their `first`). Summed over
 * the document's operations.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode): number {
  let cost = 0;
  validate(schema, document, [
    costLimitRule({ maxCost: Number.POSITIVE_INFINITY, onAccept: [(_context, { n }) => (cost += n)] }),
  ]);
  return Math.max(1, Math.ceil(cost));
}

export type Kind = 'user' | 'token' | 'address';

/** Whose budget a request spends: its API token's, else its user's, else (signed out) its address's. */
function bucketOf(context: Context): { kind: Kind; key: string } | null {
  const { viewer } = context;
  if (viewer.kind === 'user' && viewer.token) return { kind: 'token', key: `token:${viewer.token.id}` };
  if (viewer.kind === 'user') return { kind: 'user', key: `user:${viewer.user.id}` };
  return context.http.ipAddress ? { kind: 'address', key: `address:${context.http.ipAddress}` } : null;
}

export type RateLimiting = {
  plugin: ApolloServerPlugin<Context>;
  spend: (kind: Kind, key: string, cost: number) => Promise<number>;
  close: () => Promise<void>;
};

/**
 * Rate limiting by query cost (rate-limiter-flexible): each user, API token and signed-out address
 * may spend so many cost points per window. On PostgreSQL the counts live in the `rate_limit` table,
 * so every server process shares them; the embedded database serves one process, which counts in
 * memory. If the shared store cannot be reached, a process's own memory counts meanwhile, so the
 * limit holds without the database being a reason to refuse.
 */
export function createRateLimiting(
  config: Pick<Config, 'database' | 'rateLimit'>,
  logger: Logger,
): RateLimiting {
  const { windowSeconds } = config.rateLimit;
  const pool =
    config.database.kind === 'postgresql'
      ? new pg.Pool({ connectionString: config.database.url, max: 4, connectionTimeoutMillis: 2_000 })
      : null;
  // A pooled connection that PostgreSQL closes (a restart) must not take the process with it.
  pool?.on('error', (error) => logger.warn({ err: error }, 'rate limit store lost a connection'));

  const limiters = new Map<Kind, RateLimiterAbstract>();
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

  // Costs by document hash: the app sends the same few dozen documents again and again.
  const costs = new Map<string, number>();
  const costOf = (hash: string, schema: GraphQLSchema, document: DocumentNode) => {
    let cost = costs.get(hash);
    if (cost === undefined) {
      if (costs.size >= 5_000) costs.clear();
      cost = operationCost(schema, document);
      costs.set(hash, cost);
    }
    return cost;
  };

  /** Spends `cost` from a bucket: 0 if allowed, else the seconds until it may be spent. */
  async function spend(kind: Kind, key: string, cost: number): Promise<number> {
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
        async didResolveOperation({ contextValue, document, queryHash, schema }) {
          const bucket = bucketOf(contextValue);
          if (!bucket || !limiters.has(bucket.kind)) return;
          const cost = costOf(queryHash, schema, document);
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
