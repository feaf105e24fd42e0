import 'reflect-metadata';
import { StatementCountingLogger } from './core/statement-count.js';
import { createApp, type App } from './app.js';
import type { Config } from './core/config.js';
import type { Logger } from './core/logger.js';
import { createOrm, type MikroORM, type OrmOptions } from './core/orm.js';
import { referenceDataDir } from './core/paths.js';
import { createSchema } from './core/schema.js';
import { Organisation } from './modules/organisations/organisation.entity.js';
import { loadReferenceData } from './modules/organisations/reference-data.js';
import { Standard } from './modules/standards/standard.entity.js';
import { CpvCode } from './modules/catalogue/cpv-code.entity.js';
import { loadCpvCodes } from './modules/catalogue/cpv-data.js';
import { Contract } from './modules/contracts/contract.entity.js';
import { loadDemoContracts } from './modules/contracts/demo-contracts-loader.js';
import { loadDemoDeclarations } from './modules/compliance/demo-declarations-loader.js';
import { loadDemoCatalogue } from './modules/frameworks/demo-catalogue-loader.js';
import { Framework } from './modules/frameworks/framework.entity.js';
import { loadStandards } from './modules/standards/standards-data.js';
import { DEMO_PASSWORD, demoAccountsPresent, loadDemoAccounts } from './modules/identity/demo-accounts.js';

export type Server = { app: App; orm: MikroORM; url: string; close: () => Promise<void> };

/** Migrates, loads reference data into an empty database, and builds the app. Does not listen. */
export async function prepare(config: Config, logger: Logger, ormOptions: OrmOptions = {}) {
  const orm = await createOrm(config.database, {
    loggerFactory: (options) =>
      new StatementCountingLogger({
        ...options,
        writer: (message) => logger.debug({ orm: message.trim() }, 'orm'),
      }),
    ...ormOptions,
  });
  try {
    const applied = await orm.migrator.up();
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');

    const em = orm.em.fork();
    if ((await em.count(Organisation, {})) === 0) {
      const report = await loadReferenceData(em, referenceDataDir);
      logger.info(report, 'loaded reference data into an empty database');
      if (!config.isProduction && config.nodeEnv !== 'test') await loadDemoAccounts(em);
    }
    if ((await em.count(CpvCode, {})) === 0) {
      logger.info(await loadCpvCodes(em, referenceDataDir), 'loaded the CPV codes');
    }
    if ((await em.count(Standard, {})) === 0) {
      logger.info(await loadStandards(em, referenceDataDir), 'loaded the starting standards catalogue');
    }
    if (!config.isProduction && config.nodeEnv !== 'test' && (await em.count(Framework, {})) === 0) {
      logger.info(
        await loadDemoCatalogue(em),
        'loaded the demo catalogue (fictional suppliers, synthetic prices)',
      );
    }
    if (
      !config.isProduction &&
      config.nodeEnv !== 'test' &&
      config.demoContracts &&
      (await em.count(Contract, {})) === 0
    ) {
      const started = performance.now();
      const report = await loadDemoContracts(em);
      if (report.contracts) {
        logger.info(
          { ...report, ms: Math.round(performance.now() - started) },
          'loaded the demo contract register (fictional contracts and prices for every open trust)',
        );
      }
    }
    if (!config.isProduction && config.nodeEnv !== 'test' && config.demoContracts) {
      // After the demo contracts, on its own: a database loaded before there were declarations gets them.
      const started = performance.now();
      const report = await loadDemoDeclarations(em);
      if ('created' in report) {
        logger.info(
          { ...report, ms: Math.round(performance.now() - started) },
          'loaded the demo compliance declarations (fictional, for every open trust and demo product)',
        );
      }
    }
    if (!config.isProduction) {
      const demo = await demoAccountsPresent(em);
      if (demo.length) {
        logger.info(
          { accounts: demo.map((a) => `${a.email} (${a.role})`), password: DEMO_PASSWORD },
          'demo accounts: sign in with any of these and the password shown',
        );
      }
    }
    const schema = await createSchema();
    const app = await createApp({ config, orm, schema, logger });
    return { orm, app };
  } catch (error) {
    await orm.close();
    throw error;
  }
}

/** Starts the whole product on `config.port`; `close` drains requests, then closes the database. */
export async function startServer(
  config: Config,
  logger: Logger,
  ormOptions: OrmOptions = {},
): Promise<Server> {
  const { orm, app } = await prepare(config, logger, ormOptions);
  try {
    await new Promise<void>((resolve, reject) => {
      app.httpServer.once('error', reject);
      app.httpServer.listen(config.port, config.host, () => {
        app.httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await orm.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${config.port} is already in use: stop the other process or set PORT.`, {
        cause: error,
      });
    }
    throw error;
  }
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    orm,
    url: `http://localhost:${port}`,
    close: async () => {
      await app.stop();
      await orm.close();
    },
  };
}
