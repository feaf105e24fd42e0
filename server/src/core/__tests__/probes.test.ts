import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../../modules/audit/audit-event.entity.js';
import { Session } from '../../modules/identity/session.entity.js';
import { createUser, TEST_PASSWORD } from '../../../test/factories.js';
import { useTestServer } from '../../../test/test-server.js';

/**
 * What an attacker would try first, against a server started as it runs in production. Trusted
 * documents are optional here (the test server's default), so these are the defences met by anyone
 * holding an API token; a browser session meets less still (`trusted-documents.test.ts`).
 */
const production = useTestServer({ NODE_ENV: 'production' });

/** Every body the probes got back, to check none leaks a stack trace or SQL. */
const bodies: string[] = [];

async function send(init: {
  method?: string;
  path?: string;
  body?: unknown;
  headers?: Record<string, string>;
}) {
  const res = await fetch(`${production().url}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  bodies.push(text);
  return {
    status: res.status,
    text,
    json: () => JSON.parse(text) as { data?: unknown; errors?: { message: string }[] },
  };
}

describe('probes an attacker would run, in production', () => {
  it('refuses introspection, by __schema and by __type', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Contract") { fields { name } } }',
    ]) {
      const res = await send({ body: { query } });
      expect(res.status).toBe(400);
      expect(res.json().errors?.[0]?.message).toMatch(/introspection/i);
      expect(res.text).not.toContain('"fields"');
    }
  });

  it('gives no field suggestions that would map the schema', async () => {
    const res = await send({ body: { query: '{ contract(id: "x") { supplir { name } } }' } });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Did you mean/i);
    expect(res.text).not.toContain('supplier');
  });

  it('never runs a mutation sent as a GET', async () => {
    const query = encodeURIComponent('mutation { signOut { signedOut } }');
    const res = await send({
      method: 'GET',
      path: `/graphql?query=${query}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    expect(res.json().data).toBeUndefined();
  });

  it('refuses 100 sign-in attempts aliased into one request, before trying any', async () => {
    const em = production().server.orm.em.fork();
    const user = await createUser(em, [['TRUST_PROCUREMENT', 'RAL']]);
    const attempts = Array.from(
      { length: 100 },
      (_, i) => `a${i}: signIn(input: { email: "${user.email}", password: "guess-${i}" }) { __typename }`,
    ).join(' ');
    const res = await send({ body: { query: `mutation { ${attempts} }` } });
    expect(res.status).toBe(400);
    expect(res.json().errors?.[0]?.message).toMatch(/alias/i);
    expect(await em.count(AuditEvent, { action: 'signInFailed' })).toBe(0);
    // The real password in one of them changes nothing: nothing ran.
    const withRight = `${attempts} right: signIn(input: { email: "${user.email}", password: "${TEST_PASSWORD}" }) { __typename }`;
    expect((await send({ body: { query: `mutation { ${withRight} }` } })).status).toBe(400);
    expect(await em.count(Session, { user: user.id })).toBe(0);
  });

  it('refuses a batch of operations in one request', async () => {
    const res = await send({ body: [{ query: '{ __typename }' }, { query: '{ __typename }' }] });
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('"__typename":"Query"');
  });

  it('refuses directive overloading, circular fragments and deep nesting', async () => {
    const directives = await send({ body: { query: `{ __typename ${'@include(if: true) '.repeat(50)}}` } });
    expect(directives.status).toBe(400);
    const circular = await send({
      body: { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
    });
    expect(circular.status).toBe(400);
    expect(circular.json().errors?.[0]?.message).toMatch(/within itself/i);
    let selection = 'name';
    for (let i = 0; i < 30; i++) selection = `region { icbs { ${selection} } }`;
    const deep = await send({ body: { query: `{ organisations { nodes { ${selection} } } }` } });
    expect(deep.status).toBe(400);
  });

  it('refuses an oversized body, and a POST that is not JSON (a cross-site form)', async () => {
    const big = await send({ body: { query: `{ __typename } #${'x'.repeat(2 * 1024 * 1024)}` } });
    expect(big.status).toBe(413);
    const form = await fetch(`${production().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    bodies.push(await form.text());
    expect(form.status).toBe(400);
  });

  it('leaked no stack trace, file path or SQL in any answer above', () => {
    expect(bodies.length).toBeGreaterThan(8);
    for (const body of bodies) {
      expect(body).not.toMatch(/stacktrace|\bat [\w.]+ \(|node_modules|\/src\/|\.ts:\d+/);
      expect(body).not.toMatch(/\b(select|insert into|update \w+ set|delete from)\b/i);
    }
  });
});
