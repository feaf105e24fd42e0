import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { TRUSTED_DOCUMENTS_FILE } from '../trusted-documents.js';

/** The web client's operations as its build lists them: the text, and its SHA-256 as the id. */
const OPERATIONS = {
  SignIn: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }',
  Me: 'query Me { me { user { email } memberships { id } } }',
  CreateApiToken:
    'mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token userErrors { code } } }',
};
type Name = keyof typeof OPERATIONS;
const idOf = (body: string) => createHash('sha256').update(body).digest('hex');

let dist: string;
let server: TestServer;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'concord-trusted-'));
  const operations = Object.entries(OPERATIONS).map(([name, body]) => ({
    id: idOf(body),
    name,
    type: body.split(' ')[0],
    body,
  }));
  await writeFile(
    path.join(dist, TRUSTED_DOCUMENTS_FILE),
    JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }),
  );
  server = await startTestServer({
    NODE_ENV: 'production',
    CLIENT_DIST: dist,
    TRUSTED_DOCUMENTS: 'required',
  });
});
afterAll(async () => {
  await server?.close();
  await rm(dist, { recursive: true, force: true });
});

/** The fields the operations above ask for, as one shape. */
type Payload = {
  user: { email: string };
  memberships: { id: string }[];
  token: string;
  userErrors: unknown[];
};

type Answer = {
  status: number;
  headers: Headers;
  body: { data?: Record<string, Payload>; errors?: { message: string; extensions?: { code?: string } }[] };
};

async function post(body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

/** As the web app sends an operation: its id, never its text. */
const byId = (name: Name, variables: object = {}, headers: Record<string, string> = {}) =>
  post(
    {
      operationName: name,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: idOf(OPERATIONS[name]) } },
    },
    headers,
  );

const codes = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions?.code);

async function signedIn() {
  const user = await createUser(server.server.orm.em.fork(), [['TRUST_PROCUREMENT', 'RAL']]);
  const res = await byId('SignIn', { input: { email: user.email, password: TEST_PASSWORD } });
  expect(res.body.data?.['signIn']?.userErrors).toEqual([]);
  return { user, cookie: res.headers.get('set-cookie')!.split(';')[0]! };
}

/** A token made in the web app, as its user would: signed in, through the app's own operations. */
async function apiToken(): Promise<string> {
  const { cookie } = await signedIn();
  const me = await byId('Me', {}, { cookie });
  const membershipId = me.body.data?.['me']?.memberships[0]?.id;
  const created = await byId('CreateApiToken', { input: { name: 'Script', membershipId } }, { cookie });
  const token = created.body.data?.['createApiToken']?.token ?? '';
  expect(token).toMatch(/\S{20,}/);
  return token;
}

describe('trusted documents, required (production)', () => {
  it('runs the web app’s operations by id: signing in, then reading as the signed-in user', async () => {
    const { user, cookie } = await signedIn();
    const me = await byId('Me', {}, { cookie });
    expect(me.status).toBe(200);
    expect(me.body.data?.['me']?.user.email).toBe(user.email);
  });

  it('refuses operation text from a browser session, signed in or not, before parsing it', async () => {
    const { cookie } = await signedIn();
    for (const headers of [{}, { cookie }] as Record<string, string>[]) {
      for (const query of [
        OPERATIONS.Me,
        '{ me { user { email } } }',
        '{ this is not GraphQL',
        '{ __schema { types { name } } }',
      ]) {
        const res = await post({ query }, headers);
        expect(res.status).toBe(400);
        expect(codes(res)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
        expect(res.body.errors?.[0]?.message).toMatch(/API token/);
        expect(res.body.data).toBeUndefined();
      }
    }
  });

  it('refuses an id it does not know, and text passed off under a known id', async () => {
    const unknown = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: idOf('{ me { user { email } } }') } },
    });
    expect(unknown.status).toBe(400);
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);

    const smuggled = await post({
      query: '{ __schema { types { name } } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: idOf(OPERATIONS.Me) } },
    });
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.errors?.[0]?.message).toMatch(/does not match/);
    expect(smuggled.body.data).toBeUndefined();
  });

  it('never adds to the list: text sent with its own id, even by a token, is not kept', async () => {
    const authorization = `Bearer ${await apiToken()}`;
    const query = '{ me { user { email } } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: idOf(query) } };
    expect((await post({ query, extensions }, { authorization })).status).toBe(200);
    expect(codes(await post({ extensions }))).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(codes(await post({ extensions }, { authorization }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('runs a query by id sent as a GET', async () => {
    const { cookie } = await signedIn();
    const params = new URLSearchParams({
      operationName: 'Me',
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: idOf(OPERATIONS.Me) } }),
    });
    const res = await fetch(`${server.url}/graphql?${params}`, {
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Answer['body']).data?.['me']?.user.email).toMatch(/@test\.example$/);
  });

  it('refuses a GET’s own query text, and an id in a GET’s body vouching for the query in its address', async () => {
    const { cookie } = await signedIn();
    const query = encodeURIComponent('{ me { user { email } } }');
    const plain = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toContain('PERSISTED_QUERY_NOT_IN_LIST');
    // Apollo reads a GET's query from its address only; the body's id must not count for it.
    // (fetch will not send a GET with a body; curl and node:http will.)
    const body = JSON.stringify({
      extensions: { persistedQuery: { version: 1, sha256Hash: idOf(OPERATIONS.Me) } },
    });
    const smuggled = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        `${server.url}/graphql?query=${query}`,
        {
          method: 'GET',
          headers: { cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(smuggled.status).toBe(400);
    expect(smuggled.text).toContain('PERSISTED_QUERY_NOT_IN_LIST');
    expect(smuggled.text).not.toContain('"data"');
  });

  it('answers a browser with a bad API token 401, before looking at what it sent', async () => {
    const res = await post(
      { query: '{ me { user { email } } }' },
      { authorization: 'Bearer ccd_not-a-token' },
    );
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.body.data).toBeUndefined();
  });

  it('lets an API token send operations of its own, within the limits every document meets', async () => {
    const authorization = `Bearer ${await apiToken()}`;

    const own = await post({ query: '{ me { user { email } } }' }, { authorization });
    expect(own.status).toBe(200);
    expect(own.body.data?.['me']?.user.email).toMatch(/@test\.example$/);

    const deep = `{ me { ${'memberships { organisation { '.repeat(8)}name${' } }'.repeat(8)} } }`;
    const tooDeep = await post({ query: deep }, { authorization });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.data).toBeUndefined();

    const introspection = await post({ query: '{ __schema { types { name } } }' }, { authorization });
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
