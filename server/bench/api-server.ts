// The built API, started for a benchmark on a fresh embedded database (or DATABASE_URL's, when
// set: an empty database, which the server migrates and fills with the demo data), with a client
// that signs in and sends GraphQL. Builds are made first and never timed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/core/paths.js';

export type BenchApi = {
  base: string;
  /** The server's process id (for its memory). */
  pid: number;
  /** Signs in as a demo account and returns a GraphQL client with its session. */
  signIn: (email: string) => Promise<BenchClient>;
  /** A GraphQL client for a visitor who is not signed in. */
  anonymous: BenchClient;
  stop: () => Promise<void>;
};
export type BenchClient = {
  cookie: string;
  /** Sends GraphQL and returns its data; any error in the answer throws. */
  gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** Sends GraphQL and returns the answer as it came, errors and all (a failed connection throws). */
  post: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLAnswer>;
};
export type GraphQLAnswer = {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
};

/** Builds the server alone (the client is not needed). */
export function buildServer(): void {
  const build = spawnSync('pnpm', ['--filter', '@concord/server', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('the build failed');
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts the built server on `port`. Its log goes nowhere, or to this process's output with
 * `log: true` or BENCH_LOG (the level: BENCH_LOG=info).
 */
export async function startApi(
  port: number,
  env: Record<string, string> = {},
  options: { build?: boolean; log?: boolean } = {},
): Promise<BenchApi> {
  if (options.build ?? true) buildServer();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'concord-bench-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(repoRoot, 'server', 'dist', 'server', 'src', 'main.js')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: process.env['BENCH_LOG'] ?? 'warn',
        REQUEST_TIMEOUT_MS: '300000',
        // A benchmark's few virtual users send thousands of requests a minute each: it measures the
        // server, not its rate limits (a script that wants them passes its own).
        RATE_LIMIT_USER_POINTS: '0',
        RATE_LIMIT_TOKEN_POINTS: '0',
        RATE_LIMIT_ADDRESS_POINTS: '0',
        ...env,
      },
      stdio: ['ignore', options.log || process.env['BENCH_LOG'] ? 'inherit' : 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    for (let waited = 0; ; waited += 100) {
      const ready = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (child.exitCode !== null || waited > 180_000) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const newClient = (): BenchClient => {
    const client: BenchClient = {
      cookie: '',
      post: async (query, variables = {}) => {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          // A fresh connection each time: a long request keeps the server busy for seconds, and a
          // kept-alive socket it closes meanwhile would fail the next request (ECONNRESET).
          headers: { 'content-type': 'application/json', cookie: client.cookie, connection: 'close' },
          body: JSON.stringify({ query, variables }),
        });
        client.cookie = res.headers.get('set-cookie')?.split(';')[0] ?? client.cookie;
        const text = await res.text();
        let body: GraphQLAnswer['body'] = null;
        try {
          body = JSON.parse(text) as GraphQLAnswer['body'];
        } catch {
          // not JSON: said by a null body
        }
        return { status: res.status, body };
      },
      gql: async <T>(query: string, variables: Record<string, unknown> = {}) => {
        const { status, body } = await client.post(query, variables);
        if (!body || body.errors) throw new Error(JSON.stringify(body?.errors ?? `status ${status}`));
        return body.data as T;
      },
    };
    return client;
  };
  const signIn = async (email: string): Promise<BenchClient> => {
    const client = newClient();
    await client.gql(
      `mutation ($email: String!) { signIn(input: { email: $email, password: "concord-demo-password" }) { userErrors { message } } }`,
      { email },
    );
    return client;
  };
  return { base, pid: child.pid!, signIn, anonymous: newClient(), stop };
}

/** The machine and database, for the figures' heading. */
export function machine(): string {
  const database = process.env['DATABASE_URL'] ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
  return `${database}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}
