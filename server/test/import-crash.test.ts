import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { registerCsv } from '../bench/contract-import.js';
import { createOrm } from '../src/core/orm.js';
import { Membership } from '../src/modules/identity/membership.entity.js';
import type { Config } from '../src/core/config.js';
import { cloneDatabase, dropDatabase } from './databases.js';
import { createUser, TEST_PASSWORD } from './factories.js';
import { startServerProcess } from './processes.js';

const LINES = 60_000; // 6,000 contracts, written 1,000 at a time: a commit long enough to cut off half-way
const TAG = 'CRASH';

/** Every server started, stopped at the end even when the test fails half-way. */
const started: ChildProcess[] = [];

type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A server process on `database`, signed in as `email`. */
async function serverOn(database: Config['database'], email: string) {
  const { proc, url } = await startServerProcess(database);
  started.push(proc.child);
  const post = (body: unknown, cookie = '') =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const signedIn = await post({
    query: 'mutation($input: SignInInput!) { signIn(input: $input) { userErrors { message } } }',
    variables: { input: { email, password: TEST_PASSWORD } },
  });
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const gql: Gql = async (query, variables) => {
    const body = (await (await post({ query, variables }, cookie)).json()) as {
      data: unknown;
      errors?: unknown;
    };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as never;
  };
  const upload = async (csv: string) => {
    const res = await fetch(`${url}/imports/contract-register`, {
      method: 'POST',
      // As the benchmark sends it: a connection of its own, not kept alive for the next request.
      headers: { 'content-type': 'text/csv', cookie, 'x-file-name': 'register.csv', connection: 'close' },
      body: csv,
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; status: string };
  };
  const importOf = (id: string) =>
    gql<{ contractImport: { status: string; progress: { processed: number } | null } }>(
      `query($id: String!) { contractImport(id: $id) { status progress { processed } } }`,
      { id },
    ).then((d) => d.contractImport);
  const commit = (id: string) =>
    gql(`mutation($id: ID!) { commitContractImport(input: { id: $id }) { userErrors { message } } }`, { id });
  const register = () => gql<{ contracts: { totalCount: number } }>('{ contracts(first: 1) { totalCount } }');
  return { proc, upload, importOf, commit, register, url };
}

/**
 * The rows the import wrote, read from the database itself, once no server is connected to it (the
 * embedded database is one process's at a time; PostgreSQL may still be ending a dead one's work).
 */
async function stored(database: Config['database']) {
  const orm = await createOrm(database);
  try {
    for (let waited = 0; database.kind === 'postgresql'; waited += 50) {
      const [others] = await orm.em
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        );
      if (others!.n === 0) break;
      expect(waited, 'the dead server’s sessions should end').toBeLessThan(30_000);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [row] = await orm.em.getConnection().execute<{ contracts: number; lines: number; keys: number }[]>(
      `select count(distinct c.id)::int as contracts, count(l.id)::int as lines,
         count(distinct (c.reference, l.line_reference))::int as keys
       from contract c left join contract_line l on l.contract_id = c.id where c.reference like '${TAG}-%'`,
    );
    return row!;
  } finally {
    await orm.close();
  }
}

describe('an import cut off by the process dying', () => {
  const databases: Config['database'][] = [];
  afterAll(async () => {
    for (const child of started)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(databases.map(dropDatabase));
  });

  it('saves nothing, and the file imported again ends as one clean import would', async () => {
    const database = await cloneDatabase(inject('template'));
    databases.push(database);
    // The procurement lead and the supplier the file names, made before any server runs.
    const orm = await createOrm(database);
    const lead = await createUser(orm.em.fork(), [['TRUST_PROCUREMENT', 'RAL']]);
    const seller = await createUser(orm.em.fork(), [['SUPPLIER', null]]);
    const { supplier } = await orm.em
      .fork()
      .findOneOrFail(Membership, { user: seller.id }, { populate: ['supplier'] });
    const named = {
      name: supplier!.getEntity().name,
      companiesHouseNumber: supplier!.getEntity().companiesHouseNumber!,
    };
    await orm.close();
    const csv = registerCsv(LINES, TAG, [named]);

    const first = await serverOn(database, lead.email);
    const uploaded = await first.upload(csv);
    expect(uploaded.status).toBe('READY');
    await first.commit(uploaded.id);
    // Killed once it has written some contracts (its log says so), as a power cut would. Polling
    // cannot tell: the embedded database answers nothing else while the import's transaction runs.
    for (
      let waited = 0;
      !first.proc.output().stdout.includes('"msg":"contract import progress"');
      waited += 10
    ) {
      expect(waited, 'the import should report progress').toBeLessThan(60_000);
      await new Promise((r) => setTimeout(r, 10));
    }
    first.proc.child.kill('SIGKILL');
    await first.proc.exited;
    // All or nothing: usually nothing, but PostgreSQL finishes a commit it was already sent when
    // the process died. Never a part.
    const after = await stored(database);
    expect([0, LINES / 10]).toContain(after.contracts);
    expect([after.lines, after.keys]).toEqual([after.contracts * 10, after.contracts * 10]);

    const second = await serverOn(database, lead.email);
    expect((await second.register()).contracts.totalCount).toBe(after.contracts);
    // Cut off, it reads FAILED at once: the embedded database serves one process, and on PostgreSQL
    // the process's lease on the import went with its connection. Had PostgreSQL finished the
    // commit, the import reads IMPORTED, written in the same transaction as its contracts.
    expect((await second.importOf(uploaded.id)).status).toBe(after.contracts === 0 ? 'FAILED' : 'IMPORTED');
    const again = await second.upload(csv);
    expect(again.status).toBe('READY');
    await second.commit(again.id);
    for (;;) {
      const now = await second.importOf(again.id);
      if (now.status !== 'IMPORTING') {
        expect(now.status).toBe('IMPORTED');
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await second.register()).contracts.totalCount).toBe(LINES / 10);
    second.proc.child.kill('SIGTERM');
    await second.proc.exited;
    // One clean import's rows: every contract once, every line once, nothing left of the first.
    expect(await stored(database)).toEqual({ contracts: LINES / 10, lines: LINES, keys: LINES });
  }, 240_000);
});
