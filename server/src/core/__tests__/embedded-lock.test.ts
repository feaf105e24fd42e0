import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseInUse, lockEmbeddedDatabase } from '../embedded-lock.js';
import { createOrm } from '../orm.js';

const folders: string[] = [];
const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'concord-lock-'));
  folders.push(dir);
  return dir;
};
const lockFile = (dir: string) => path.join(dir, 'concord.lock');

/** Another process, alive until the test ends, and when it started (as `/proc/<pid>/stat` says). */
function anotherProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  return { pid: child.pid!, started: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]! };
}

describe('the embedded database’s lock', () => {
  it('lets one open at a time in a process, and the next once the first lets go', () => {
    const dir = folder();
    const release = lockEmbeddedDatabase(dir);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(() => lockEmbeddedDatabase(dir)).toThrow(EmbeddedDatabaseInUse);
    release();
    expect(existsSync(lockFile(dir))).toBe(false);
    lockEmbeddedDatabase(dir)();
  });

  it('refuses while another running process has it, naming that process and what to do', () => {
    const dir = folder();
    const other = anotherProcess();
    writeFileSync(lockFile(dir), JSON.stringify(other));
    expect(() => lockEmbeddedDatabase(dir)).toThrow(
      `The embedded database in ${dir} is open in another Concord process (pid ${other.pid}). ` +
        'Stop that one first (Ctrl+C where it runs), or give this one a folder of its own with DATA_DIR.',
    );
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toEqual(other);
  });

  it('takes over a lock left by a process that was killed', async () => {
    const dir = folder();
    const other = anotherProcess();
    writeFileSync(lockFile(dir), JSON.stringify(other));
    children[0]!.kill('SIGKILL');
    await once(children[0]!, 'exit');
    const release = lockEmbeddedDatabase(dir);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });

  it('takes over a lock whose process id now belongs to a later process (a container started again)', () => {
    const dir = folder();
    const other = anotherProcess();
    writeFileSync(lockFile(dir), JSON.stringify({ pid: other.pid, started: `${other.started}1` }));
    lockEmbeddedDatabase(dir)();
    // This process's own id in a lock it does not hold: an earlier process's that had the same id.
    writeFileSync(lockFile(dir), JSON.stringify({ pid: process.pid, started: '1' }));
    lockEmbeddedDatabase(dir)();
    // A lock that does not read (cut short): no one's.
    writeFileSync(lockFile(dir), '{"pi');
    lockEmbeddedDatabase(dir)();
  });

  it('is taken by the ORM on an embedded folder and let go when it closes', async () => {
    const dir = folder();
    const orm = await createOrm({ kind: 'pglite', dataDir: dir });
    try {
      await expect(createOrm({ kind: 'pglite', dataDir: dir })).rejects.toThrow(EmbeddedDatabaseInUse);
    } finally {
      await orm.close();
    }
    expect(existsSync(lockFile(dir))).toBe(false);
    await (await createOrm({ kind: 'pglite', dataDir: dir })).close();
  }, 60_000);
});
