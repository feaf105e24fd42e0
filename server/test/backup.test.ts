import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { lockEmbeddedDatabase } from '../src/core/embedded-lock.js';
import { serverRoot } from '../src/core/paths.js';
import { createOrm } from '../src/core/orm.js';
import type { Config } from '../src/core/config.js';
import { cloneDatabase, dropDatabase } from './databases.js';
import { createUser } from './factories.js';

const tsx = path.join(serverRoot, 'node_modules', '.bin', 'tsx');

/** `pnpm db:backup` / `pnpm db:restore` as a person runs them, against `database`. */
function cli(database: Config['database'], ...args: string[]) {
  const env =
    database.kind === 'postgresql' ? { DATABASE_URL: database.url } : { DATA_DIR: database.dataDir };
  const run = spawnSync(tsx, [path.join(serverRoot, 'src', 'cli', 'backup.ts'), ...args], {
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** Every table's rows, as one fingerprint a table: equal fingerprints, identical data. */
async function fingerprint(database: Config['database']): Promise<Record<string, string>> {
  const orm = await createOrm(database);
  try {
    const connection = orm.em.getConnection();
    const tables = await connection.execute<{ name: string }[]>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const prints: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await connection.execute<{ print: string }[]>(
        `select count(*) || ':' || md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as print from "${name}" t`,
      );
      prints[name] = row!.print;
    }
    return prints;
  } finally {
    await orm.close();
  }
}

/** Everything in the database gone, as a lost disk or a bad command would leave it. */
async function wipe(database: Config['database']) {
  if (database.kind === 'pglite') return rmSync(path.join(database.dataDir, 'pglite'), { recursive: true });
  const orm = await createOrm(database);
  try {
    await orm.em.getConnection().execute('drop schema public cascade; create schema public');
  } finally {
    await orm.close();
  }
}

describe('pnpm db:backup and pnpm db:restore', () => {
  const databases: Config['database'][] = [];
  const folder = mkdtempSync(path.join(tmpdir(), 'concord-backup-'));
  afterAll(async () => {
    await Promise.all(databases.map(dropDatabase));
    rmSync(folder, { recursive: true, force: true });
  });

  it('back up, wipe, restore: the same data, every table', async () => {
    const database = await cloneDatabase(inject('template'));
    databases.push(database);
    const orm = await createOrm(database);
    await createUser(orm.em.fork(), [['TRUST_PROCUREMENT', 'RAL']], { name: 'Ysgrifennydd Ŵyn 🐑 ‏שלום' });
    await orm.close();
    const before = await fingerprint(database);
    expect(Object.keys(before).length).toBeGreaterThan(20);

    const file = path.join(folder, database.kind === 'postgresql' ? 'concord.dump' : 'concord.tar.gz');
    const backedUp = cli(database, 'backup', file);
    expect(backedUp.out).toContain(`Backed up to ${file}`);
    expect(backedUp.status).toBe(0);

    await wipe(database);
    const restored = cli(database, 'restore', file);
    expect(restored.out).toContain(`Restored ${file}`);
    expect(restored.status).toBe(0);
    expect(await fingerprint(database)).toEqual(before);
  }, 120_000);

  it('says so, and changes nothing, while another process has the embedded database open', () => {
    // The embedded database's folder, whichever database the suite runs on, held by this process.
    const dataDir = mkdtempSync(path.join(folder, 'in-use-'));
    mkdirSync(path.join(dataDir, 'pglite'));
    writeFileSync(path.join(dataDir, 'pglite', 'PG_VERSION'), '17');
    const backupFile = path.join(folder, 'in-use.tar.gz');
    writeFileSync(backupFile, 'a backup');
    const release = lockEmbeddedDatabase(dataDir);
    try {
      const database = { kind: 'pglite' as const, dataDir };
      for (const args of [
        ['backup', path.join(folder, 'not-made.tar.gz')],
        ['restore', backupFile],
      ]) {
        const refused = cli(database, ...args);
        expect(refused.status).toBe(1);
        expect(refused.out.trim()).toBe(
          `The embedded database in ${dataDir} is open in another Concord process (pid ${process.pid}). ` +
            'Stop that one first (Ctrl+C where it runs), or give this one a folder of its own with DATA_DIR.',
        );
      }
      expect(existsSync(path.join(folder, 'not-made.tar.gz'))).toBe(false);
      expect(readdirSync(dataDir).sort()).toEqual(['concord.lock', 'pglite']);
      expect(readdirSync(path.join(dataDir, 'pglite'))).toEqual(['PG_VERSION']);
    } finally {
      release();
    }
  }, 60_000);

  it('says so, and changes nothing, when the backup file does not exist', async () => {
    const database = await cloneDatabase(inject('template'));
    databases.push(database);
    const before = await fingerprint(database);
    const missing = cli(database, 'restore', path.join(folder, 'no-such.dump'));
    expect(missing.status).toBe(1);
    expect(missing.out).toContain('There is no backup file');
    expect(await fingerprint(database)).toEqual(before);
  }, 60_000);
});
