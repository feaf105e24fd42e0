import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../src/core/config.js';

/**
 * Test databases are clones of one template that global setup migrated and seeded once:
 * on PostgreSQL `CREATE DATABASE … TEMPLATE`, on PGlite a copy of the data folder.
 */
export type Template = { kind: 'postgresql'; url: string } | { kind: 'pglite'; dataDir: string };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(templateUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function cloneDatabase(template: Template): Promise<Config['database']> {
  if (template.kind === 'postgresql') {
    const templateName = new URL(template.url).pathname.slice(1);
    const name = `${templateName}_${randomBytes(4).toString('hex')}`;
    await admin(template.url, (c) => c.query(`create database "${name}" template "${templateName}"`));
    return { kind: 'postgresql', url: withDatabase(template.url, name) };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'concord-test-db-'));
  await cp(template.dataDir, dataDir, { recursive: true });
  return { kind: 'pglite', dataDir };
}

export async function dropDatabase(database: Config['database']): Promise<void> {
  if (database.kind === 'postgresql') {
    const name = new URL(database.url).pathname.slice(1);
    await admin(database.url, (c) => c.query(`drop database if exists "${name}" with (force)`));
    return;
  }
  await rm(database.dataDir, { recursive: true, force: true });
}
