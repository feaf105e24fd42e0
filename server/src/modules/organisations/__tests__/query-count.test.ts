import { describe, expect, it } from 'vitest';
import { ORGANISATIONS } from '../../../../test/operations.js';
import { useTestServer } from '../../../../test/test-server.js';

const server = useTestServer();

async function statementsFor(first: number): Promise<string[]> {
  server().queries.reset();
  const res = await server().gql(ORGANISATIONS, { first, filter: { includeClosed: true } });
  expect(res.errors).toBeUndefined();
  return [...server().queries.statements];
}

describe('listing organisations with their region and ICB', () => {
  it('takes the same small number of SQL statements whatever the page size', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    // Page, total count, then one batched load each for regions and ICBs: no query per row.
    expect(large.length).toBe(small.length);
    expect(large.length).toBeLessThanOrEqual(4);
    expect(large.filter((sql) => /from "region"/.test(sql))).toHaveLength(1);
    expect(large.filter((sql) => /from "icb"/.test(sql))).toHaveLength(1);
  });
});
