import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../../test/test-server.js';
import { STATEMENT_COUNT_HEADER } from '../statement-count.js';

const counting = useTestServer({ SQL_STATEMENT_COUNT: 'true' });
const plain = useTestServer();

const ORGANISATIONS = /* GraphQL */ `
  {
    organisations(first: 5, filter: { search: "royal" }) {
      edges {
        node {
          odsCode
          name
        }
      }
    }
  }
`;

describe('SQL statements per request (SQL_STATEMENT_COUNT)', () => {
  it('sends the number of statements each request ran, as the ORM saw them', async () => {
    const server = counting();
    server.queries.reset();
    const res = await server.gql(ORGANISATIONS);
    expect(res.errors).toBeUndefined();
    const sent = Number(res.headers.get(STATEMENT_COUNT_HEADER));
    expect(server.queries.statements.length).toBeGreaterThan(0);
    expect(sent).toBe(server.queries.statements.length);

    // Each request counts its own: a request that runs none says 0.
    const health = await fetch(`${server.url}/healthz`);
    expect(health.headers.get(STATEMENT_COUNT_HEADER)).toBe('0');
  });

  it('sends nothing unless asked', async () => {
    const res = await plain().gql(ORGANISATIONS);
    expect(res.errors).toBeUndefined();
    expect(res.headers.get(STATEMENT_COUNT_HEADER)).toBeNull();
  });
});
