import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../test/factories.js';
import { ApiToken } from '../../modules/identity/api-token.entity.js';
import { useTestServer, type TestServer } from '../../../test/test-server.js';
import { createLogger } from '../logger.js';
import { createRateLimiting, operationCost, type RateLimiting } from '../rate-limit.js';
import { createSchema } from '../schema.js';

const QUERY = '{ me { user { email } } }';
const cost = operationCost(await createSchema(), parse(QUERY));
/** Every budget here is five of QUERY. */
const BUDGET = String(5 * cost);

const server = useTestServer({
  RATE_LIMIT_USER_POINTS: BUDGET,
  RATE_LIMIT_TOKEN_POINTS: BUDGET,
  RATE_LIMIT_ADDRESS_POINTS: BUDGET,
  RATE_LIMIT_WINDOW_SECONDS: '60',
});

async function signedIn(s: TestServer) {
  const user = await createUser(s.server.orm.em.fork(), [['TRUST_PROCUREMENT', 'RAL']]);
  return s.signIn(user.email, TEST_PASSWORD);
}

/** Sends QUERY `times` times; the statuses in order. */
async function send(times: number, options: { cookie?: string; headers?: Record<string, string> }) {
  const answers = [];
  for (let i = 0; i < times; i++) answers.push(await server().gql(QUERY, {}, options));
  return answers;
}

describe('what an operation costs', () => {
  it('counts a page size sent as a variable as if it were typed in', async () => {
    const schema = await createSchema();
    const paged = parse('query ($n: Int) { organisations(first: $n) { edges { node { name } } } }');
    const typed = parse('{ organisations(first: 50) { edges { node { name } } } }');
    expect(operationCost(schema, paged, { n: 50 })).toBe(operationCost(schema, typed));
    expect(operationCost(schema, paged, { n: 50 })).toBeGreaterThan(
      40 * operationCost(schema, paged, { n: 1 }),
    );
    // Not a page size: nothing to multiply by.
    expect(operationCost(schema, paged, { n: 'fifty' })).toBe(operationCost(schema, paged, {}));
  });
});

describe('rate limiting by query cost', () => {
  it('refuses a user past their budget with RATE_LIMITED, a plain message and Retry-After', async () => {
    const { cookie } = await signedIn(server());
    const answers = await send(6, { cookie });
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const refused = answers[5]!;
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(
      /^Too many requests in a short time: try again in \d+ seconds?\.$/,
    );
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(retryAfter);
    expect(refused.data).toBeUndefined();
  });

  it('counts each user apart: one user’s spending never refuses another', async () => {
    const first = await signedIn(server());
    const second = await signedIn(server());
    expect((await send(6, { cookie: first.cookie })).at(-1)!.status).toBe(429);
    expect((await send(1, { cookie: second.cookie }))[0]!.status).toBe(200);
  });

  it('counts signed-out requests by address', async () => {
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    const answers = await send(6, from('203.0.113.7'));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await send(1, from('203.0.113.8')))[0]!.status).toBe(200);
  });

  it('counts an API token apart from its user’s browser session', async () => {
    const { cookie, gql } = await signedIn(server());
    const me = await gql<{ me: { memberships: { id: string }[] } }>('{ me { memberships { id } } }');
    const created = await gql<{ createApiToken: { token: string } }>(
      'mutation($m: ID!) { createApiToken(input: { name: "Script", membershipId: $m }) { token } }',
      { m: me.data!.me.memberships[0]!.id },
    );
    const headers = { authorization: `Bearer ${created.data!.createApiToken.token}` };
    const answers = await send(6, { headers });
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await send(1, { cookie }))[0]!.status).toBe(200);
  });

  it('refuses before running anything: a refused mutation changes nothing', async () => {
    const { cookie, gql } = await signedIn(server());
    const me = await gql<{ me: { memberships: { id: string }[] } }>('{ me { memberships { id } } }');
    const membershipId = me.data!.me.memberships[0]!.id;
    await send(5, { cookie });
    const refused = await gql(
      'mutation($m: ID!) { createApiToken(input: { name: "Late", membershipId: $m }) { token } }',
      { m: membershipId },
    );
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    const tokens = await server().server.orm.em.fork().count(ApiToken, { name: 'Late' });
    expect(tokens).toBe(0);
  });
});

describe('rate limits shared by server processes', () => {
  const processes: RateLimiting[] = [];
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.close()));
  });

  it('on PostgreSQL, every process spends from one count; the embedded database, one process, counts in memory', async () => {
    const { database } = server();
    const config = { database, rateLimit: { user: 100, token: 100, address: 100, windowSeconds: 60 } };
    const logger = createLogger({ logLevel: 'silent' });
    processes.push(createRateLimiting(config, logger), createRateLimiting(config, logger));
    const [a, b] = processes as [RateLimiting, RateLimiting];
    const key = `user:shared-${Date.now()}`;
    expect(await a.spend('user', key, 60)).toBe(0);
    const second = await b.spend('user', key, 60);
    if (database.kind === 'postgresql') {
      expect(second).toBeGreaterThanOrEqual(1);
      expect(second).toBeLessThanOrEqual(60);
    } else {
      expect(second).toBe(0);
      expect(await b.spend('user', key, 60)).toBeGreaterThanOrEqual(1);
    }
  });
});
