import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { serverRoot } from '../src/core/paths.js';
import { cloneDatabase, dropDatabase } from './databases.js';
import type { Config } from '../src/core/config.js';

const tsx = path.join(serverRoot, 'node_modules', '.bin', 'tsx');
const main = path.join(serverRoot, 'src', 'main.ts');

function run(env: Record<string, string>) {
  const child = spawn(tsx, [main], {
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

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const databaseEnv = (database: Config['database']): Record<string, string> =>
  database.kind === 'postgresql' ? { DATABASE_URL: database.url } : { DATA_DIR: database.dataDir };

describe('the server process', () => {
  it.each([
    [
      { PORT: 'abc' },
      /^Invalid configuration: PORT must be a whole number between 1 and 65535 \(got "abc"\)$/,
    ],
    [{ DATABASE_URL: 'mysql://db' }, /^Invalid configuration: DATABASE_URL must be a PostgreSQL URL/],
  ])('exits at once with one clear line for %o', async (env, message) => {
    const proc = run(env);
    expect(await proc.exited).toBe(1);
    const lines = proc.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  const databases: Config['database'][] = [];
  afterAll(async () => {
    await Promise.all(databases.map(dropDatabase));
  });

  it('starts, serves, and on SIGTERM finishes the request in flight before it stops', async () => {
    const database = await cloneDatabase(inject('template'));
    databases.push(database);
    const port = await freePort();
    // Not NODE_ENV=test: Apollo installs its own signal handlers outside tests, and they must not
    // cut the shutdown short.
    // Without the demo contract register: loading it would take most of the time allowed.
    const proc = run({
      PORT: String(port),
      NODE_ENV: 'development',
      DEMO_CONTRACTS: 'false',
      ...databaseEnv(database),
    });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(proc.output().stdout).toContain('Concord is ready at http://localhost:');

    // A request still arriving when the signal comes must be answered: send half of it, signal,
    // then the rest.
    const body = JSON.stringify({
      query: '{ organisations(first: 100, filter: {includeClosed: true}) { totalCount } }',
    });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        proc.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 300);
    });
    const response = await answer;
    expect(response.status).toBe(200);
    expect(
      (JSON.parse(response.body) as { data: { organisations: { totalCount: number } } }).data.organisations
        .totalCount,
    ).toBeGreaterThan(300);

    expect(await proc.exited).toBe(0);
    expect(proc.output().stdout).toContain('"msg":"stopped"');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 60_000);
});
