import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { serverRoot } from '../src/core/paths.js';
import type { Config } from '../src/core/config.js';
import { freePort } from '../bench/api-server.js';

const main = path.join(serverRoot, 'src', 'main.ts');

/**
 * The server as a process of its own, with its output kept: Node itself with tsx's loader, one
 * process, so a signal (SIGKILL included) reaches the server and not a launcher in front of it.
 */
export function runServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: serverRoot,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Waits until the server at `url` says it is ready (30 s at most). */
async function whenReady(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server at ${url} did not become ready`);
}

/** The environment that points a server process at `database`. */
const databaseEnv = (database: Config['database']): Record<string, string> =>
  database.kind === 'postgresql' ? { DATABASE_URL: database.url } : { DATA_DIR: database.dataDir };

/**
 * A server process on `database`, ready: in development mode (Apollo installs its own signal
 * handlers outside tests, and they must not cut a shutdown short), without the demo contract
 * register (loading it would take most of a test's time).
 */
export async function startServerProcess(database: Config['database']) {
  const port = await freePort();
  const proc = runServer({
    PORT: String(port),
    NODE_ENV: 'development',
    DEMO_CONTRACTS: 'false',
    ...databaseEnv(database),
  });
  const url = `http://127.0.0.1:${port}`;
  await whenReady(url);
  return { proc, url };
}
