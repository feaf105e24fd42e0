import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataloaderType, type Logger, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig as definePgliteConfig } from '@mikro-orm/pglite';
import { defineConfig as definePostgresConfig } from '@mikro-orm/postgresql';
import { MikroORM, type Options } from '@mikro-orm/sql';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { lockEmbeddedDatabase } from './embedded-lock.js';
import { entities } from './entities.js';
import type { Config } from './config.js';
import { migrationsDir, serverRoot } from './paths.js';

export type { MikroORM };
export type { EntityManager } from '@mikro-orm/sql';

export type OrmOptions = {
  /** Receives every statement the ORM sends; tests use it to count queries. */
  loggerFactory?: (options: LoggerOptions) => Logger;
  debug?: boolean;
  /** Pool size for PostgreSQL. */
  poolMax?: number;
};

export function ormConfig(database: Config['database'], options: OrmOptions = {}): Options {
  const common = {
    entities,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    // Reference data and tests never rely on implicit global state.
    allowGlobalContext: false,
    migrations: {
      // Compiled migrations sit under dist/; tsx and vitest read the TypeScript sources.
      path: path.join(serverRoot, 'dist', 'migrations'),
      pathTs: migrationsDir,
      glob: '!(*.d).{js,ts}',
      emit: 'ts' as const,
      snapshot: true,
      snapshotName: '.snapshot',
      transactional: true,
      allOrNothing: true,
    },
    ...(options.loggerFactory ? { loggerFactory: options.loggerFactory } : {}),
    debug: options.debug ?? false,
  };
  if (database.kind === 'postgresql') {
    return definePostgresConfig({
      clientUrl: database.url,
      pool: { min: 0, max: options.poolMax ?? 10 },
      ...common,
    }) as Options;
  }
  const inMemory = database.dataDir.startsWith('memory://');
  // PGlite creates only the last folder of its path.
  if (!inMemory) mkdirSync(database.dataDir, { recursive: true });
  return definePgliteConfig({
    dbName: inMemory ? database.dataDir : path.join(database.dataDir, 'pglite'),
    driverOptions: { extensions: { pg_trgm } },
    ...common,
  }) as Options;
}

export async function createOrm(database: Config['database'], options: OrmOptions = {}): Promise<MikroORM> {
  const config = ormConfig(database, options);
  if (database.kind === 'postgresql' || database.dataDir.startsWith('memory://'))
    return MikroORM.init(config);
  // The embedded database is one process's at a time: taken before it opens, let go once closed.
  const release = lockEmbeddedDatabase(database.dataDir);
  try {
    const orm = await MikroORM.init(config);
    const close = orm.close.bind(orm);
    orm.close = async (force?: boolean) => {
      try {
        await close(force);
      } finally {
        release();
      }
    };
    return orm;
  } catch (error) {
    release();
    throw error;
  }
}
