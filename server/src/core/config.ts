import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const postgresUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/database' },
  );

/**
 * Query cost each may spend per window by default. A page costs what it fetches: the register at
 * 100 contracts a page about 63,000, at 25 about 16,000; most pages a few thousand. Two million a
 * minute is a busy person's hundreds of pages. Signed-out addresses can only sign in (about 700
 * each) and read what is public; a million lets a whole trust behind one NAT address sign in at
 * nine o'clock.
 */
export const RATE_LIMIT_DEFAULTS = { user: 2_000_000, token: 2_000_000, address: 1_000_000 } as const;

/** A budget of query cost (graphql-armor's measure); 0 turns that limit off. */
const points = z.preprocess(
  // Empty is unset (the default), never 0: a blank line in an env file must not lift a limit.
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.coerce
    .number({ message: 'must be a whole number of cost points (0 for no limit)' })
    .int('must be a whole number of cost points (0 for no limit)')
    .min(0, 'must be a whole number of cost points (0 for no limit)')
    .optional(),
);

const schema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
  DATA_DIR: z.string().trim().min(1, 'must not be empty').optional(),
  PORT: z.coerce
    .number({ message: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(4000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(logLevels, { message: `must be one of ${logLevels.join(', ')}` }).default('info'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'must be development, production or test' })
    .default('development'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb')
    .default('1mb'),
  REQUEST_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds between 100 and 600000' })
    .int('must be a number of milliseconds between 100 and 600000')
    .min(100, 'must be a number of milliseconds between 100 and 600000')
    .max(600_000, 'must be a number of milliseconds between 100 and 600000')
    .default(30_000),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ message: 'must be a whole number of minutes between 1 and 1440' })
    .int('must be a whole number of minutes between 1 and 1440')
    .min(1, 'must be a whole number of minutes between 1 and 1440')
    .max(1440, 'must be a whole number of minutes between 1 and 1440')
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number({ message: 'must be a whole number of hours between 1 and 720' })
    .int('must be a whole number of hours between 1 and 720')
    .min(1, 'must be a whole number of hours between 1 and 720')
    .max(720, 'must be a whole number of hours between 1 and 720')
    .default(12),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(false|true|loopback|\d+|[\d.:/a-f, ]+)$/i,
      'must be false, loopback, a hop count or proxy addresses',
    )
    .default('false'),
  CLIENT_DIST: z.string().optional(),
  BENCHMARK_MIN_TRUSTS: z.coerce
    .number({ message: 'must be a whole number from 2 to 100' })
    .int('must be a whole number from 2 to 100')
    .min(2, 'must be a whole number from 2 to 100')
    .max(100, 'must be a whole number from 2 to 100')
    .default(5),
  COMPLIANCE_PLANNED_WINDOW_DAYS: z.coerce
    .number({ message: 'must be a whole number of days from 0 to 730' })
    .int('must be a whole number of days from 0 to 730')
    .min(0, 'must be a whole number of days from 0 to 730')
    .max(730, 'must be a whole number of days from 0 to 730')
    .default(180),
  DEMO_CONTRACTS: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  COMPARISON_CACHE: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  SQL_STATEMENT_COUNT: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  TRUSTED_DOCUMENTS: z.enum(['required', 'optional'], { message: 'must be required or optional' }).optional(),
  RATE_LIMIT_USER_POINTS: points,
  RATE_LIMIT_TOKEN_POINTS: points,
  RATE_LIMIT_ADDRESS_POINTS: points,
  RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number({ message: 'must be a whole number of seconds from 1 to 3600' })
    .int('must be a whole number of seconds from 1 to 3600')
    .min(1, 'must be a whole number of seconds from 1 to 3600')
    .max(3600, 'must be a whole number of seconds from 1 to 3600')
    .default(60),
});

export type Config = {
  database: { kind: 'postgresql'; url: string } | { kind: 'pglite'; dataDir: string };
  port: number;
  host: string;
  logLevel: (typeof logLevels)[number];
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  bodyLimit: string;
  requestTimeoutMs: number;
  session: { idleMinutes: number; maxHours: number };
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address. */
  trustProxy: boolean | number | string;
  clientDist: string | undefined;
  /** Outside production, whether an empty contract table gets the demo register (about 20 s). */
  demoContracts: boolean;
  /** Keep comparisons' answers while nothing they read changes (false: compute every time). */
  comparisonCache: boolean;
  /** Send each response's number of SQL statements as `x-sql-statements` (for the benchmark). */
  sqlStatementCount: boolean;
  /**
   * Whether requests not signed by an API token may run only the web client's own operations, by
   * their id in its persisted query manifest (the default in production).
   */
  trustedDocuments: 'required' | 'optional';
  /** Query cost each user, API token and (signed-out) address may spend per window; 0: unlimited. */
  rateLimit: { user: number; token: number; address: number; windowSeconds: number };
  /** k: the fewest trusts whose anonymous prices may appear together in any figure. */
  benchmarkMinTrusts: number;
  /** How soon a verified PLANNED declaration must be due to let a product onto a framework lot. */
  compliancePlannedWindowDays: number;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws one ConfigError listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const given = env[key];
      return `${key} ${issue.message}${given === undefined ? '' : ` (got "${given}")`}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
  return {
    database: c.DATABASE_URL
      ? { kind: 'postgresql', url: c.DATABASE_URL }
      : // Every command (start, dev, db:*) shares one embedded database unless told otherwise.
        { kind: 'pglite', dataDir: c.DATA_DIR ? path.resolve(c.DATA_DIR) : path.join(repoRoot, '.data') },
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    nodeEnv: c.NODE_ENV,
    isProduction: c.NODE_ENV === 'production',
    bodyLimit: c.BODY_LIMIT,
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    session: { idleMinutes: c.SESSION_IDLE_MINUTES, maxHours: c.SESSION_MAX_HOURS },
    trustProxy: parseTrustProxy(c.TRUST_PROXY),
    clientDist: c.CLIENT_DIST,
    demoContracts: c.DEMO_CONTRACTS === 'true',
    comparisonCache: c.COMPARISON_CACHE === 'true',
    sqlStatementCount: c.SQL_STATEMENT_COUNT === 'true',
    trustedDocuments: c.TRUSTED_DOCUMENTS ?? (c.NODE_ENV === 'production' ? 'required' : 'optional'),
    rateLimit: {
      user: c.RATE_LIMIT_USER_POINTS ?? RATE_LIMIT_DEFAULTS.user,
      token: c.RATE_LIMIT_TOKEN_POINTS ?? RATE_LIMIT_DEFAULTS.token,
      address: c.RATE_LIMIT_ADDRESS_POINTS ?? RATE_LIMIT_DEFAULTS.address,
      windowSeconds: c.RATE_LIMIT_WINDOW_SECONDS,
    },
    benchmarkMinTrusts: c.BENCHMARK_MIN_TRUSTS,
    compliancePlannedWindowDays: c.COMPLIANCE_PLANNED_WINDOW_DAYS,
  };
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
