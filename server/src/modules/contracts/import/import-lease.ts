import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import pg from 'pg';

/**
 * Which process runs an import, on PostgreSQL: the process holds an advisory lock named after the
 * import, on a connection of its own, for as long as it runs it. A process that dies (killed, out
 * of memory) loses its connection and so its lock at once; a poll that finds an import IMPORTING
 * with no lock held knows it was cut off, without waiting. (The embedded database serves one
 * process, which knows what it runs.)
 */

/** The lock's first key: Concord's import leases, apart from any other advisory lock. */
const NAMESPACE = 0x43_49_4d_50; // "CIMP"

/** The lock's second key: 31 bits of the import's id (a clash only makes an import look running). */
function keyOf(importId: string): number {
  return createHash('sha256').update(importId).digest().readUInt32BE(0) & 0x7f_ff_ff_ff;
}

export type ImportLease = { release(): Promise<void> };

/**
 * Takes the lease on `importId`, or returns null when another process holds it. The connection is
 * the lease: it stays open until `release`, and a lost connection is a lease given up.
 */
export async function takeImportLease(url: string, importId: string): Promise<ImportLease | null> {
  const client = new pg.Client({ connectionString: url, application_name: 'concord import lease' });
  // A connection PostgreSQL drops (a restart) must not take the process with it; the lease is gone.
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ taken: boolean }>('select pg_try_advisory_lock($1, $2) as taken', [
      NAMESPACE,
      keyOf(importId),
    ]);
    if (rows[0]?.taken) {
      // Should the process's machine vanish rather than its process end, PostgreSQL learns of it
      // only when the session idles out: it is told to, after 90 seconds without a word from the
      // process, and the process says one every 30 seconds while it runs the import.
      // (PostgreSQL 14 and later; an older one keeps the lease until its TCP keepalive gives up.)
      await client.query(`set idle_session_timeout = '90s'`).catch(() => {});
      const heartbeat = setInterval(() => void client.query('select 1').catch(() => {}), 30_000);
      heartbeat.unref();
      return {
        release: async () => {
          clearInterval(heartbeat);
          await client.end().catch(() => {});
        },
      };
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  await client.end().catch(() => {});
  return null;
}

/** Whether some process holds the lease on `importId` (is running it). */
export async function importLeaseHeld(em: EntityManager, importId: string): Promise<boolean> {
  const [row] = await em.getConnection().execute<{ held: boolean }[]>(
    `select exists (
       select 1 from pg_locks
       where locktype = 'advisory' and classid = ? and objid = ? and objsubid = 2 and granted
         and database = (select oid from pg_database where datname = current_database())
     ) as held`,
    [NAMESPACE, keyOf(importId)],
  );
  return row?.held ?? false;
}
