// pnpm db:backup [file] and pnpm db:restore <file>: the whole database to a file and back.
// PostgreSQL (DATABASE_URL): pg_dump's custom format, restored by pg_restore in one transaction.
// The embedded database (DATA_DIR): PGlite's data folder as a gzipped tar, restored into a fresh
// folder; the one it replaces is kept beside it. The embedded database is one process's at a time:
// with the server running on it, both commands say so and change nothing.
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { loadConfig, type Config } from '../core/config.js';
import { lockEmbeddedDatabase } from '../core/embedded-lock.js';
import { runCli, say } from './run-cli.js';

const [command, file] = process.argv.slice(2);
// Paths as the person typed them: from the folder they ran pnpm in, not the server's.
const here = process.env['INIT_CWD'] ?? process.cwd();

/** Runs a PostgreSQL client tool, its output passed through; an error names the tool if it is missing. */
function tool(name: string, args: string[]): void {
  const run = spawnSync(name, args, { stdio: 'inherit' });
  if (run.error)
    throw new BackupError(
      `${name} could not be run (${run.error.message}): install PostgreSQL's client tools.`,
    );
  if (run.status !== 0)
    throw new BackupError(`${name} failed (exit code ${run.status}); its message is above.`);
}

/** A problem the person can fix (a missing file or tool): said in one line, without a stack trace. */
class BackupError extends Error {}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

async function backup(database: Config['database'], target: string | undefined): Promise<string> {
  if (database.kind === 'postgresql') {
    const out = path.resolve(here, target ?? path.join('backups', `concord-${stamp()}.dump`));
    mkdirSync(path.dirname(out), { recursive: true });
    tool('pg_dump', ['--format=custom', '--no-owner', '--file', out, database.url]);
    return out;
  }
  const dir = path.join(database.dataDir, 'pglite');
  if (!existsSync(dir))
    throw new BackupError(`There is no embedded database in ${database.dataDir} to back up.`);
  const out = target
    ? path.resolve(here, target)
    : path.join(database.dataDir, 'backups', `concord-${stamp()}.tar.gz`);
  mkdirSync(path.dirname(out), { recursive: true });
  const release = lockEmbeddedDatabase(database.dataDir);
  try {
    const db = await PGlite.create(dir, { extensions: { pg_trgm } });
    try {
      const dump = await db.dumpDataDir('gzip');
      writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
  return out;
}

async function restore(database: Config['database'], source: string): Promise<string> {
  if (!existsSync(source) || !statSync(source).isFile())
    throw new BackupError(`There is no backup file ${source}.`);
  if (database.kind === 'postgresql') {
    // Everything the backup holds replaces what is there, in one transaction: all of it or none.
    tool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--dbname',
      database.url,
      source,
    ]);
    return 'the PostgreSQL database';
  }
  const dir = path.join(database.dataDir, 'pglite');
  mkdirSync(database.dataDir, { recursive: true });
  const release = lockEmbeddedDatabase(database.dataDir);
  try {
    return await restoreEmbedded(dir, source);
  } finally {
    release();
  }
}

/** The embedded database's folder replaced by the backup's; the one it replaces kept beside it. */
async function restoreEmbedded(dir: string, source: string): Promise<string> {
  let kept: string | null = null;
  if (existsSync(dir)) {
    kept = `${dir}.before-restore-${stamp()}`;
    renameSync(dir, kept);
  }
  const blob = new Blob([readFileSync(source)], { type: 'application/x-gzip' });
  try {
    const db = await PGlite.create(dir, { loadDataDir: blob, extensions: { pg_trgm } });
    await db.query('select 1');
    await db.close();
  } catch (error) {
    if (kept) renameSync(kept, dir); // nothing lost: the database that was there is put back
    throw error;
  }
  return kept ? `${dir} (the database it replaced is kept in ${kept})` : dir;
}

await runCli(async () => {
  try {
    return await main();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return 1;
  }
});

async function main(): Promise<number> {
  const database = loadConfig().database;
  if (command === 'backup') {
    say(`Backed up to ${await backup(database, file)}`);
    return 0;
  }
  if (command === 'restore' && file) {
    say(`Restored ${file} into ${await restore(database, path.resolve(here, file))}`);
    return 0;
  }
  console.error('Usage: pnpm db:backup [file] | pnpm db:restore <file>');
  return 2;
}
