import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One process at a time on an embedded database. PGlite keeps the database in the memory of the
 * process that opened it and writes its folder as if alone: a second process on the same folder (a
 * second `pnpm start`, a restore while the server runs) would serve stale data, lose writes and
 * could corrupt the folder. PGlite does not stop it, so a lock file in the folder names the process
 * that has it open, as PostgreSQL's own `postmaster.pid` does.
 */

/** The folders this process has open (a second open in one process is refused too). */
const held = new Set<string>();

/** Said when the folder is open elsewhere: what to do, in one line. */
export class EmbeddedDatabaseInUse extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is open in another Concord process (pid ${pid}). ` +
        'Stop that one first (Ctrl+C where it runs), or give this one a folder of its own with DATA_DIR.',
    );
    this.name = 'EmbeddedDatabaseInUse';
  }
}

type Holder = { pid: number; started: string | null };

/** When a process started (Linux: `/proc/<pid>/stat`), to tell it from a later one given its pid. */
function startOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name in brackets (which may hold spaces) ends field 2.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function holderOf(file: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' ? { pid: holder.pid, started: holder.started ?? null } : null;
  } catch {
    return null;
  }
}

/** Whether the process a lock file names still runs: not this one, alive, and the same process. */
function running(holder: Holder): boolean {
  // This process's own opens are in `held`: a file naming it was left by an earlier process that
  // had its pid (a container started again).
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startOf(holder.pid);
  return started === null || holder.started === null || started === holder.started;
}

/**
 * Takes the embedded database in `dataDir` for this process, or throws EmbeddedDatabaseInUse. A
 * lock left by a process that stopped without letting go (killed) is taken over. Returns the way
 * to let go.
 */
export function lockEmbeddedDatabase(dataDir: string): () => void {
  const file = path.join(dataDir, 'concord.lock');
  if (held.has(file)) throw new EmbeddedDatabaseInUse(dataDir, process.pid);
  // Written whole beside it, then linked into place: the lock appears with its contents, or not.
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, JSON.stringify({ pid: process.pid, started: startOf(process.pid) }));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = holderOf(file);
        if (attempt > 2 || (holder && running(holder)))
          throw new EmbeddedDatabaseInUse(dataDir, holder?.pid ?? 0);
        // Left by a process that stopped without letting go: taken over (unless another just did).
        try {
          unlinkSync(file);
        } catch (gone) {
          if ((gone as NodeJS.ErrnoException).code !== 'ENOENT') throw gone;
        }
      }
    }
  } finally {
    unlinkSync(draft);
  }
  held.add(file);
  return () => {
    held.delete(file);
    try {
      if (holderOf(file)?.pid === process.pid) unlinkSync(file);
    } catch {
      // Gone already: nothing to let go.
    }
  };
}
