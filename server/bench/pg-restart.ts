// pnpm --filter @concord/server reliability:pg-restart — PostgreSQL restarted under a write load.
// Against DATABASE_URL (an empty database: the server migrates it and loads the demo accounts):
// starts the built server, has WRITERS procurement leads record contracts one after another, then
// restarts PostgreSQL (`pg_ctlcluster 15 main restart`, PG_RESTART to change it) while they write.
// It reports whether the server stayed up, how long /readyz said the database was unavailable, how
// soon writes succeeded again, and every acknowledged write against what the database holds: an
// acknowledged write that is missing is a lost change. Needs root (or the postgres user) for the
// restart, and restarts every database on that PostgreSQL: run it on a machine of your own.
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { startApi } from './api-server.js';
import { contractInput, createRunSupplier } from './demo-writes.js';

const url = process.env['DATABASE_URL'];
if (!url?.startsWith('postgres')) {
  console.error('pnpm reliability:pg-restart needs DATABASE_URL: an empty PostgreSQL database it may fill.');
  process.exit(1);
}
const WRITERS = Number(process.env['WRITERS'] ?? 4);
const BEFORE_MS = 5_000;
const AFTER_MS = 10_000;
const restart = process.env['PG_RESTART'] ?? 'pg_ctlcluster 15 main restart';
const say = (line: string) =>
  process.stdout.write(`[pg-restart ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

say('starting the server (migrating and loading the demo accounts)');
// Development mode: the demo accounts (and suppliers) are loaded into an empty database.
const api = await startApi(4797, { DATABASE_URL: url, NODE_ENV: 'development', DEMO_CONTRACTS: 'false' });
// Whatever happens below, the server does not outlive the script.
process.on('exit', () => {
  try {
    process.kill(api.pid, 'SIGKILL');
  } catch {
    // already stopped
  }
});
let serverExited = false;
try {
  process.kill(api.pid, 0);
} catch {
  serverExited = true;
}
const central = await api.signIn('commercial@nhsengland.example');
const lead = await api.signIn('procurement@royalfree.example');
let supplierId: string;
try {
  supplierId = await createRunSupplier(central, 'Restart Test Supplier');
} catch (error) {
  await api.stop();
  throw error;
}

const acknowledged: string[] = [];
const failures: { at: number; why: string }[] = [];
let stop = false;
const started = Date.now();
let restartedAt = 0;
let firstSuccessAfterRestart = 0;

async function writer(n: number) {
  for (let i = 0; !stop; i++) {
    const reference = `PGR-${started.toString(36)}-${n}-${i}`;
    try {
      const res = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: lead.cookie },
        body: JSON.stringify({
          query: `mutation($input: CreateContractInput!) { createContract(input: $input) { contract { reference } userErrors { message } } }`,
          variables: { input: contractInput(supplierId, reference, 'Written while PostgreSQL restarts') },
        }),
      });
      const body = (await res.json()) as {
        data?: { createContract?: { contract: { reference: string } | null } };
        errors?: { message: string }[];
      };
      if (body.data?.createContract?.contract?.reference === reference) {
        acknowledged.push(reference);
        if (restartedAt && !firstSuccessAfterRestart) firstSuccessAfterRestart = Date.now();
      } else failures.push({ at: Date.now(), why: body.errors?.[0]?.message ?? `status ${res.status}` });
    } catch (error) {
      failures.push({ at: Date.now(), why: (error as Error).message });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const readiness: { at: number; ready: boolean }[] = [];
async function watchReadiness() {
  while (!stop) {
    const ready = await fetch(`${api.base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    readiness.push({ at: Date.now(), ready });
    await new Promise((r) => setTimeout(r, 100));
  }
}

say(`${WRITERS} writers recording contracts`);
const load = Promise.all([...Array.from({ length: WRITERS }, (_, n) => writer(n)), watchReadiness()]);
await new Promise((r) => setTimeout(r, BEFORE_MS));
say(`restarting PostgreSQL: ${restart}`);
restartedAt = Date.now();
// Not execSync: the writers and the readiness watch must go on while PostgreSQL restarts.
await promisify(exec)(restart);
const backAt = Date.now();
say(`PostgreSQL is back after ${((backAt - restartedAt) / 1000).toFixed(1)} s; writing on`);
await new Promise((r) => setTimeout(r, AFTER_MS));
stop = true;
await load;
try {
  process.kill(api.pid, 0);
} catch {
  serverExited = true;
}

const db = new pg.Client({ connectionString: url });
await db.connect();
const { rows } = await db.query<{ reference: string }>(
  `select reference from contract where reference like 'PGR-%'`,
);
await db.end();
const stored = new Set(rows.map((r) => r.reference));
const lost = acknowledged.filter((r) => !stored.has(r));
const notReady = readiness.filter((r) => !r.ready);
await api.stop();

say('figures:');
console.log(
  JSON.stringify(
    {
      serverStayedUp: !serverExited,
      acknowledged: acknowledged.length,
      stored: stored.size,
      acknowledgedButMissing: lost.length,
      failedWrites: failures.length,
      failedWritesDuringOutage: failures.filter((f) => f.at >= restartedAt).length,
      postgresRestartSeconds: (backAt - restartedAt) / 1000,
      readyzUnavailableSeconds: notReady.length ? (notReady.at(-1)!.at - notReady[0]!.at) / 1000 + 0.1 : 0,
      firstWriteAfterRestartSeconds: firstSuccessAfterRestart
        ? (firstSuccessAfterRestart - restartedAt) / 1000
        : null,
      failureReasons: [...new Set(failures.map((f) => f.why))].slice(0, 5),
    },
    null,
    2,
  ),
);
process.exit(lost.length || serverExited || !firstSuccessAfterRestart ? 1 : 0);
