import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../bench/api-server.js';
import { isDatabaseUnavailable } from '../database-unavailable.js';

describe('telling a database that is away from other failures', () => {
  it('knows the driver’s own error for a database that refuses connections, however wrapped', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: await freePort(), user: 'x' });
    const refused = await client.connect().then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).not.toBeNull();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error('while signing in', { cause: refused }))).toBe(true);
    expect(
      isDatabaseUnavailable(new GraphQLError('Context creation failed', { originalError: refused as Error })),
    ).toBe(true);
  });

  it('knows PostgreSQL shutting down and connections dropped', () => {
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('never takes a client’s own words for an outage: a GraphQL error quoting what was sent', () => {
    const quoted = new GraphQLError(
      'Variable "$x" got invalid value "Connection terminated"; Int cannot represent it.',
    );
    expect(isDatabaseUnavailable(quoted)).toBe(false);
    expect(isDatabaseUnavailable(new Error('Field "x": Connection terminated unexpectedly was typed'))).toBe(
      false,
    );
  });

  it('leaves every other failure alone: a broken rule, a bug, nothing at all', () => {
    const duplicate = new UniqueConstraintViolationException(
      Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
    );
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
