import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditServer } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths.js';
import { useTestServer } from '../../../test/test-server.js';

const server = useTestServer();

/** The audits docs/graphql-over-http.md lists as failing on purpose, by their ids (`572B`). */
function documentedFailures(): string[] {
  const text = readFileSync(path.join(repoRoot, 'docs', 'graphql-over-http.md'), 'utf8');
  return [...text.matchAll(/^\| `([0-9A-F]{4})` \|/gm)].map((m) => m[1]!).sort();
}

describe('the GraphQL over HTTP specification (graphql-http’s audit suite)', () => {
  it('passes every MUST, and fails only the SHOULDs docs/graphql-over-http.md gives reasons for', async () => {
    const results = await auditServer({ url: `${server().url}/graphql` });
    const failing = (level: string) =>
      results.flatMap((r) => (r.status !== 'ok' && r.name.startsWith(level) ? [r] : []));
    // With why, when one fails: the audit's reason and the status the server answered.
    expect(failing('MUST').map((r) => `${r.id} ${r.name}: ${r.reason} (${r.response.status})`)).toEqual([]);
    expect(
      failing('SHOULD')
        .map((r) => r.id)
        .sort(),
    ).toEqual(documentedFailures());
    expect(results.length).toBeGreaterThan(50);
  });
});
