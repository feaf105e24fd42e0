import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../app.js';
import { useTestServer } from '../../../test/test-server.js';

const server = useTestServer();

const post = (body: string, contentType = 'application/json') =>
  fetch(`${server().url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('query limits', () => {
  it('refuses a query nested deeper than the limit', async () => {
    let selection = 'code';
    for (let i = 0; i < LIMITS.depth; i++)
      selection = i % 2 ? `icbs { ${selection} }` : `region { ${selection} }`;
    const res = await server().gql(`{ regions { icbs { ${selection} } } }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('counts fragments as the fields they hold, so colocated fragments cost no extra depth', async () => {
    const res = await server().gql(`
      { regions { ...A } }
      fragment A on Region { icbs { ...B } }
      fragment B on Icb { region { ...C } }
      fragment C on Region { icbs { code } }
    `);
    expect(res.errors).toBeUndefined();
  });

  it('refuses an alias bomb, such as 100 copies of one field', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: regions { name }`).join(' ');
    const res = await server().gql(`{ ${aliases} }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: 3000 }, () => 'name').join(' ');
    const res = await server().gql(`{ regions { ${fields} } }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/token/i);
  });

  it('answers a document that does not parse with 400 and where it fails, not a 500', async () => {
    const res = await post(JSON.stringify({ query: '{' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Syntax Error/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('calls a variable with more than 50 bad values bad input throughout, never an internal error', async () => {
    const res = await server().gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }',
      { input: { email: 'a@b.example', name: 'A', password: 'x', memberships: Array(100).fill({}) } },
    );
    expect(res.status).toBe(400);
    expect(res.errors!.length).toBeGreaterThan(50);
    expect(new Set(res.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(res.errors!.at(-1)!.message).toMatch(/^Too many errors processing variables/);
  });

  it('refuses a 10 MB query at the door', async () => {
    const res = await post(
      JSON.stringify({ query: `{ regions { name } } #${'x'.repeat(10 * 1024 * 1024)}` }),
    );
    expect(res.status).toBe(413);
  });

  it('refuses a POST without a JSON content type (a cross-site form could send it)', async () => {
    const res = await post('query={ regions { name } }', 'application/x-www-form-urlencoded');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const text = await res.text();
    expect(text).not.toContain('"regions"');
  });

  it('keeps serving others after refusing abuse', async () => {
    const res = await server().gql(`{ regions { name } }`);
    expect(res.data).toMatchObject({ regions: expect.any(Array) });
  });
});
