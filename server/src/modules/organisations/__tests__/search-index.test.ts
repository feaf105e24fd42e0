import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../../../test/test-server.js';

const server = useTestServer();

describe('organisation search', () => {
  it('is served by the trigram index on the folded search key', async () => {
    const em = server().server.orm.em.fork();
    const plan = await em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const ctx = tx.getTransactionContext();
      // The table is small enough that the planner would rightly scan it; forbid that to see
      // whether the index can serve the query at all.
      await connection.execute('set local enable_seqscan = off', [], 'run', ctx);
      const rows = await connection.execute<{ 'QUERY PLAN': string }[]>(
        `explain select id from organisation where search_key ~ ? and search_key ~ ?`,
        ['\\mroyal', '\\mfree'],
        'all',
        ctx,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('organisation_search_key_trgm_idx');
  });
});
