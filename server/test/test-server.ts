import type { LoggerOptions } from '@mikro-orm/core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Config } from '../src/core/config.js';
import { loadConfig } from '../src/core/config.js';
import { createLogger } from '../src/core/logger.js';
import { startServer, type Server } from '../src/server.js';
import { StatementCountingLogger } from '../src/core/statement-count.js';
import { cloneDatabase, dropDatabase } from './databases.js';

/** Records every SQL statement the ORM sends, so tests can count them. */
export class QueryLog {
  readonly statements: string[] = [];
  reset() {
    this.statements.length = 0;
  }
  readonly loggerFactory = (options: LoggerOptions) => {
    const log = this.statements;
    return new (class extends StatementCountingLogger {
      override logQuery(context: Parameters<StatementCountingLogger['logQuery']>[0]): void {
        log.push(context.query);
        super.logQuery(context);
      }
    })(options);
  };
}

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
};

const rand = () => Math.floor(Math.random() * 256);

/** A signed-in user's client, with the server it talks to (fixtures that need more users use it). */
export type SignedInClient = { cookie: string; gql: TestServer['gql']; server: TestServer };

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      me {
        user {
          email
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`;

export type TestServer = {
  url: string;
  server: Server;
  database: Config['database'];
  queries: QueryLog;
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string; headers?: Record<string, string> },
  ) => Promise<GraphQLResponse<T>>;
  /** Signs in and returns a `gql` that sends the session cookie. */
  signIn: (email: string, password: string) => Promise<SignedInClient>;
  close: () => Promise<void>;
};

/** Starts the real server on a random port, on a fresh clone of the template database. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { reach?: (database: Config['database']) => Config['database'] } = {},
): Promise<TestServer> {
  const database = await cloneDatabase(inject('template'));
  const config: Config = {
    ...loadConfig({
      NODE_ENV: 'test',
      // Quiet; `TEST_LOG_LEVEL=error` shows the servers' logs (an internal error's stack, say).
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      PORT: '4000',
      TRUST_PROXY: 'loopback',
      // Tests send their operations as text and many of them quickly; the tests of trusted
      // documents and rate limits turn these on.
      TRUSTED_DOCUMENTS: 'optional',
      RATE_LIMIT_USER_POINTS: '0',
      RATE_LIMIT_TOKEN_POINTS: '0',
      RATE_LIMIT_ADDRESS_POINTS: '0',
      ...env,
    }),
    // How the server reaches its database: directly, or (a test of outages) through a proxy.
    database: options.reach ? options.reach(database) : database,
    port: 0,
    host: '127.0.0.1',
  };
  const queries = new QueryLog();
  const server = await startServer(config, createLogger(config), { loggerFactory: queries.loggerFactory });
  const url = server.url.replace('localhost', '127.0.0.1');
  const gql: TestServer['gql'] = async (query, variables, options = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // Each request from its own address, so the per-address sign-in throttle only meets
        // the tests that are about it (they send their own).
        'x-forwarded-for': `10.${rand()}.${rand()}.${rand()}`,
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
  };
  const testServer: TestServer = {
    url,
    server,
    database,
    queries,
    gql,
    signIn: async (email, password) => {
      const res = await gql<{ signIn: { userErrors: { code: string }[] } }>(SIGN_IN, {
        input: { email, password },
      });
      const setCookie = res.headers.get('set-cookie');
      if (!setCookie || res.data?.signIn.userErrors.length) {
        throw new Error(`could not sign in as ${email}: ${JSON.stringify(res.data ?? res.errors)}`);
      }
      const cookie = setCookie.split(';')[0]!;
      return {
        cookie,
        gql: (query, variables, options) => gql(query, variables, { ...options, cookie }),
        server: testServer,
      };
    },
    close: async () => {
      await server.close();
      await dropDatabase(database);
    },
  };
  return testServer;
}

/** One server for the whole test file: started before the first test, closed after the last. */
export function useTestServer(env: Record<string, string> = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(env);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('test server not started');
    return server;
  };
}
