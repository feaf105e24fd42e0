// pnpm db:migrate | gen:migration [name] | check:migrations
import 'reflect-metadata';
import { loadConfig } from '../core/config.js';
import { createOrm } from '../core/orm.js';
import { runCli, say } from './run-cli.js';

await runCli(async () => {
  const [command = 'up', name] = process.argv.slice(2);
  const config = loadConfig();

  if (command === 'up') {
    const orm = await createOrm(config.database);
    try {
      const applied = await orm.migrator.up();
      say(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Database is up to date.');
    } finally {
      await orm.close();
    }
    return 0;
  }

  // create and check work on a throwaway in-memory database, never on real data.
  const orm = await createOrm({ kind: 'pglite', dataDir: 'memory://' });
  try {
    if (command === 'create') {
      const result = await orm.migrator.create(undefined, false, false, name);
      say(
        result.fileName
          ? `Created migrations/${result.fileName}`
          : 'No changes: entities match the migrations.',
      );
      return 0;
    }
    if (command === 'check') {
      orm.config.get('migrations').snapshotOnMigrate = false;
      const snapshotDiffers = await orm.migrator.checkSchema();
      await orm.migrator.up();
      const diff = (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
      if (snapshotDiffers || diff) {
        console.error(
          'Entities and migrations differ: run `pnpm gen:migration <name>` and commit the result.',
        );
        if (diff) console.error(diff);
        return 1;
      }
      say('Migrations match the entities.');
      return 0;
    }
    console.error(`Unknown command "${command}": use up, create or check.`);
    return 2;
  } finally {
    await orm.close();
  }
});
