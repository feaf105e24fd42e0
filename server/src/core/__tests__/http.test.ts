import { describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../test/factories.js';
import { useTestServer } from '../../../test/test-server.js';

const server = useTestServer();

describe('HTTP endpoints', () => {
  it('/healthz says the process is alive', async () => {
    const res = await fetch(`${server().url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz says the database answers', async () => {
    const res = await fetch(`${server().url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('gives every response a request id, keeping a sensible one the caller sent', async () => {
    const generated = await fetch(`${server().url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${server().url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
  });

  it('refuses a body over the limit with a JSON error, not a crash', async () => {
    const res = await fetch(`${server().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ regions { name } }`, padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers malformed JSON with 400', async () => {
    const res = await fetch(`${server().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
  });

  it('refuses a simple GET that could be a cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${server().url}/graphql?query=${encodeURIComponent('{ regions { name } }')}`);
    expect(res.status).toBe(400);
    const allowed = await fetch(
      `${server().url}/graphql?query=${encodeURIComponent('{ regions { name } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(allowed.status).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy and the hardening headers on every response', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/no-such-page']) {
      const res = await fetch(`${server().url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const policy = Object.fromEntries(
        (res.headers.get('content-security-policy') ?? '')
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .map(([name, ...sources]) => [name, sources.join(' ')]),
      );
      expect(policy).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'connect-src': "'self'",
        'object-src': "'none'",
        'frame-ancestors': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
      });
      expect(res.headers.get('content-security-policy')).not.toContain('unsafe');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      // Only in production, served over HTTPS: a developer's http://localhost must stay usable.
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

describe('in production', () => {
  const production = useTestServer({ NODE_ENV: 'production' });

  it('asks browsers to use HTTPS only, for a year, subdomains included (HSTS)', async () => {
    const res = await fetch(`${production().url}/healthz`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('marks the session cookie Secure as well as HttpOnly and SameSite=Lax', async () => {
    const user = await createUser(production().server.orm.em.fork(), [['TRUST_PROCUREMENT', 'RAL']]);
    const res = await production().gql(
      `mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`,
      { input: { email: user.email, password: TEST_PASSWORD } },
    );
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^concord_session=/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });

  it('refuses introspection and field suggestions', async () => {
    const introspection = await production().gql(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await production().gql(`{ organisations { totalCont } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
