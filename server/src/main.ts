import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config.js';
import { EmbeddedDatabaseInUse } from './core/embedded-lock.js';
import { createLogger } from './core/logger.js';
import { startServer } from './server.js';

const startedAt = performance.now();

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config);

try {
  const server = await startServer(config, logger);
  const database =
    config.database.kind === 'postgresql' ? 'PostgreSQL' : `embedded PGlite in ${config.database.dataDir}`;
  logger.info(
    { url: server.url, database, readyMs: Math.round(performance.now() - startedAt) },
    `Concord is ready at ${server.url}`,
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 15 s; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    server.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  // Another process has the embedded database: something to do, not a fault; one plain line.
  if (error instanceof EmbeddedDatabaseInUse) {
    console.error(error.message);
    process.exit(1);
  }
  logger.fatal(
    { err: error },
    `Concord could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
