import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../bench/api-server.js';
import { lockEmbeddedDatabase } from '../src/core/embedded-lock.js';
import { cloneDatabase, dropDatabase } from './databases.js';
import type { Config } from '../src/core/config.js';
import { runServer as run, startServerProcess } from './processes.js';

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

  it('exits at once with one clear line, naming the process, when another has its embedded database open', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'concord-in-use-'));
    const release = lockEmbeddedDatabase(dataDir);
    try {
      const proc = run({ DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(await proc.exited).toBe(1);
      expect(proc.output().stderr.trim().split('\n')).toEqual([
        `The embedded database in ${dataDir} is open in another Concord process (pid ${process.pid}). ` +
          'Stop that one first (Ctrl+C where it runs), or give this one a folder of its own with DATA_DIR.',
      ]);
    } finally {
      release();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  const databases: Config['database'][] = [];
  afterAll(async () => {
    await Promise.all(databases.map(dropDatabase));
  });

  it('starts, serves, and on SIGTERM finishes the request in flight before it stops', async () => {
    const database = await cloneDatabase(inject('template'));
    databases.push(database);
    const { proc, url } = await startServerProcess(database);
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
