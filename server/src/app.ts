import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import type { Config } from './core/config.js';
import { createContext, type Context } from './core/context.js';
import { createErrorFormatter } from './core/errors.js';
import type { Logger } from './core/logger.js';
import type { MikroORM } from './core/orm.js';
import { repoRoot } from './core/paths.js';
import { countStatements } from './core/statement-count.js';
import { GRAPHIQL_CONTENT_SECURITY_POLICY, securityHeaders } from './core/security-headers.js';
import { refuseUnstorableText } from './core/storable-text.js';
import { createRateLimiting } from './core/rate-limit.js';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_ERROR,
  databaseUnavailableStatus,
  isDatabaseUnavailable,
} from './core/database-unavailable.js';
import {
  loadTrustedDocuments,
  manifestStore,
  TRUSTED_DOCUMENTS_FILE,
  trustedDocumentsOnly,
} from './core/trusted-documents.js';
import { ComparisonCache } from './modules/compare/comparison-cache.js';
import { contractImportRoutes } from './modules/contracts/import/import-routes.js';
import { contractPackage, releasesPage } from './modules/contracts/ocds/contract-ocds.service.js';
import { ocdsReleasePackage } from './modules/frameworks/ocds-export.js';

export type App = {
  httpServer: http.Server;
  /** Stops taking requests, lets those in flight finish, then stops Apollo. */
  stop: () => Promise<void>;
};

const READY_TIMEOUT_MS = 2_000;

/** Bounds on one GraphQL document. Generous for the app's own queries, tight for abuse. */
export const LIMITS = { depth: 10, cost: 10_000, aliases: 15, directives: 20, tokens: 2_000 } as const;

export async function createApp(options: {
  config: Config;
  orm: MikroORM;
  schema: GraphQLSchema;
  logger: Logger;
}): Promise<App> {
  const { config, orm, schema, logger } = options;
  const comparisons = new ComparisonCache(config.comparisonCache);
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders({ isProduction: config.isProduction }));
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);

  // The web client's own operations (trusted documents, ADR 0016), from its build.
  const clientDist = config.clientDist ?? path.join(repoRoot, 'client', 'dist');
  const trusted = loadTrustedDocuments(path.join(clientDist, TRUSTED_DOCUMENTS_FILE));
  if (!trusted.file) {
    logger.warn(
      { clientDist, trustedDocuments: config.trustedDocuments },
      'no persisted query manifest in the client build: the web app cannot send operations by id',
    );
  }
  const rateLimiting = createRateLimiting(config, logger);

  // Limits a hostile or careless query meets before it costs anything (graphql-armor).
  const armor = new ApolloArmor({
    // Fragments count as the fields they hold, so colocated fragments cost no extra depth.
    maxDepth: { n: LIMITS.depth, flattenFragments: true },
    costLimit: { maxCost: LIMITS.cost },
    maxAliases: { n: LIMITS.aliases },
    maxDirectives: { n: LIMITS.directives },
    // Counted by graphql-js's own parser (`parseOptions` below): armor's Apollo plugin parses the
    // document again in a hook, where a syntax error became a 500 instead of a 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();

  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: [...armor.validationRules],
    parseOptions: { maxTokens: LIMITS.tokens },
    allowBatchedHttpRequests: false,
    // The web client's operations by id, from its build's manifest; nothing sent is ever stored.
    persistedQueries: { cache: manifestStore(trusted) },
    // main.ts owns shutdown (drain, then close the database); Apollo's own handler would re-raise
    // the signal and kill the process before the database is closed.
    stopOnTerminationSignals: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    csrfPrevention: true,
    formatError: createErrorFormatter({
      isProduction: config.isProduction,
      onInternal: (error) => logger.error({ err: error }, 'internal error in GraphQL operation'),
      onUnavailable: (error) => logger.warn({ err: error }, 'database unavailable'),
    }),
    plugins: [
      // armor ships CommonJS typings of Apollo's plugin type; the shapes are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; Apollo's default cache-control plugin would wrap every field's
      // resolver to read them (a fifth of the CPU of a benchmark with thousands of points).
      ApolloServerPluginCacheControlDisabled(),
      refuseUnstorableText as ApolloServerPlugin<Context>,
      rateLimiting.plugin,
      databaseUnavailableStatus as ApolloServerPlugin<Context>,
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );

  if (config.sqlStatementCount) app.use(countStatements);

  // A request that has not been answered in time gets a clear refusal instead of hanging.
  app.use((req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      req.log.warn({ timeoutMs: config.requestTimeoutMs }, 'request timed out');
      res.status(503).json({ errors: [{ message: 'Request timed out', extensions: { code: 'TIMEOUT' } }] });
    }, config.requestTimeoutMs);
    res.once('close', () => clearTimeout(timer));
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (req, res) => {
    try {
      await withTimeout(orm.em.fork().getConnection().execute('select 1'), READY_TIMEOUT_MS);
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'database did not answer the readiness check');
      res.status(503).json({ status: 'unavailable', reason: 'database did not answer' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    ...(config.trustedDocuments === 'required' ? [trustedDocumentsOnly(trusted)] : []),
    expressMiddleware(apollo, {
      context: ({ req, res }) => createContext(orm.em, config, comparisons, req, res),
    }),
  );

  app.use('/imports/contract-register', contractImportRoutes(orm, config, comparisons));

  // Open data: a framework past the draft stage as an OCDS 1.1 release package, for anyone.
  app.get('/ocds/frameworks/:file', async (req, res, next) => {
    try {
      const match = /^(.+)\.json$/.exec(req.params.file);
      const baseUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const body = match ? await ocdsReleasePackage(orm.em.fork(), match[1]!, baseUrl) : null;
      if (!body) return notFound(res);
      res.setHeader('cache-control', 'no-cache');
      res.type('application/json').send(JSON.stringify(body, null, 2));
    } catch (error) {
      next(error);
    }
  });

  // Open data: every contract that is not PRIVATE, as OCDS releases (ANONYMOUS ones without prices).
  app.get('/ocds/releases', async (req, res, next) => {
    try {
      const text = (name: string) =>
        typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined;
      const baseUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const page = await releasesPage(
        orm.em.fork(),
        { updatedSince: text('updatedSince'), cursor: text('cursor'), limit: text('limit') },
        baseUrl,
      );
      if (page.error) {
        res.status(400).json({ errors: [{ message: page.error, extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      res.setHeader('cache-control', 'no-cache');
      // A release package holds at least one release: an empty page is "no content".
      if (!page.package) return void res.status(204).end();
      res.type('application/json').send(JSON.stringify(page.package, null, 2));
    } catch (error) {
      next(error);
    }
  });

  app.get('/ocds/contracts/:file', async (req, res, next) => {
    try {
      const match = /^(.+)\.json$/.exec(req.params.file);
      const baseUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const body = match ? await contractPackage(orm.em.fork(), match[1]!, baseUrl) : null;
      if (!body) return notFound(res);
      res.setHeader('cache-control', 'no-cache');
      res.type('application/json').send(JSON.stringify(body, null, 2));
    } catch (error) {
      next(error);
    }
  });

  // GraphiQL, for developers only: never served in production (not even as a static file).
  app.get(['/graphiql', '/graphiql.html'], (_req, res, next) => {
    const page = path.join(clientDist, 'graphiql.html');
    if (config.isProduction) return notFound(res);
    if (!existsSync(page)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
    res.sendFile(page);
  });

  if (existsSync(path.join(clientDist, 'index.html'))) {
    // Hashed bundles never change under one name: cache them for a year; a missing one is a 404,
    // never the app shell (a tab left open across a release must not get HTML for JavaScript).
    app.use(
      '/assets',
      express.static(path.join(clientDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
    );
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    // Client-side routes (paths without a file extension) get the app shell, always revalidated.
    app.get(/^\/(?!graphql(?:\/|$))[^.]*$/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(path.join(clientDist, 'index.html'));
    });
  } else {
    logger.warn({ clientDist }, 'client build not found: serving the API only');
  }

  app.use((_req, res) => notFound(res));

  // Body too large, malformed JSON and the like: a JSON error, never an HTML stack trace.
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    if (isDatabaseUnavailable(error)) {
      req.log.warn({ err: error }, 'database unavailable');
      res.setHeader('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({ errors: [DATABASE_UNAVAILABLE_ERROR] });
      return;
    }
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    const [code, message] =
      status === 413
        ? ['PAYLOAD_TOO_LARGE', 'Request body too large']
        : status === 404
          ? ['NOT_FOUND', 'Not found']
          : status < 500
            ? ['BAD_REQUEST', 'Bad request']
            : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  return {
    httpServer,
    stop: async () => {
      await apollo.stop();
      await rateLimiting.close();
    },
  };
}

function notFound(res: express.Response): void {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
