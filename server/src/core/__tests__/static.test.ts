import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

let dist: string;
let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'concord-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Concord</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(path.join(dist, 'favicon.svg'), '<svg/>');
  await writeFile(path.join(dist, 'graphiql.html'), '<!doctype html><title>GraphiQL</title>');
  server = await startTestServer({ CLIENT_DIST: dist, NODE_ENV: 'development' });
  production = await startTestServer({ CLIENT_DIST: dist, NODE_ENV: 'production' });
});
afterAll(async () => {
  await server?.close();
  await production?.close();
  await rm(dist, { recursive: true, force: true });
});

const get = (url: string) => fetch(`${server.url}${url}`, { headers: { accept: 'text/html,*/*' } });

describe('serving the client', () => {
  it('answers client-side routes with the app shell, revalidated every time', async () => {
    const res = await get('/organisations/RAL');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Concord</title>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('caches hashed bundles for a year', async () => {
    const res = await get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it.each(['/assets/index-old999.js', '/nope.png'])(
    'answers a missing file %s with 404, not the app',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<title>Concord</title>');
    },
  );

  it('serves GraphiQL to developers, and never in production', async () => {
    expect(await (await get('/graphiql')).text()).toContain('<title>GraphiQL</title>');
    for (const url of ['/graphiql', '/graphiql.html']) {
      const res = await fetch(`${production.url}${url}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404);
    }
  });

  it('serves other public files', async () => {
    expect((await get('/favicon.svg')).status).toBe(200);
  });
});
