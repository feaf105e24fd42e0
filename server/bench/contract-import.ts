// pnpm bench:import — imports a generated contract register through the product's own path (the
// upload endpoint's dry run, then the all-or-nothing commit) and prints how long each step takes.
// Starts the built API on a fresh embedded database, or on DATABASE_URL when set (an empty
// database: the server migrates it and loads the demo data). Builds first; builds are not timed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/core/paths.js';

const LINES = Number(process.env['BENCH_LINES'] ?? 100_000);
const LINES_PER_CONTRACT = 10;
const PORT = Number(process.env['BENCH_PORT'] ?? 4791);
const base = `http://127.0.0.1:${PORT}`;

// Only the API is needed: build the server alone.
const build = spawnSync('pnpm', ['--filter', '@concord/server', 'build'], {
  cwd: repoRoot,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) throw new Error('the build failed');

const dataDir = await mkdtemp(path.join(tmpdir(), 'concord-bench-import-'));
const child = spawn(process.execPath, [path.join(repoRoot, 'server', 'dist', 'server', 'src', 'main.js')], {
  cwd: repoRoot,
  env: {
    ...process.env,
    PORT: String(PORT),
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env['BENCH_LOG'] ?? 'warn',
    REQUEST_TIMEOUT_MS: '300000',
  },
  stdio: ['ignore', process.env['BENCH_LOG'] ? 'inherit' : 'ignore', 'inherit'],
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

try {
  for (let waited = 0; ; waited += 100) {
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (child.exitCode !== null || waited > 180_000) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  let cookie = '';
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      // A fresh connection each time: the commit keeps the server busy for seconds, and a kept-alive
      // socket it closes meanwhile would fail the next request (ECONNRESET).
      headers: { 'content-type': 'application/json', cookie, connection: 'close' },
      body: JSON.stringify({ query, variables }),
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await gql(
    `mutation { signIn(input: { email: "procurement@royalfree.example", password: "concord-demo-password" }) { userErrors { message } } }`,
  );
  const { suppliers } = await gql<{
    suppliers: { edges: { node: { name: string; companiesHouseNumber: string } }[] };
  }>('{ suppliers(first: 50) { edges { node { name companiesHouseNumber } } } }');

  // The register: off-framework contracts of ten lines, licences, support and day rates.
  const header =
    'contract_reference,contract_title,supplier_name,supplier_companies_house_number,route,start_date,end_date,total_value,line_reference,description,role,grade,pricing_unit,billing_period,quantity,unit_price,discount_percent';
  const rows = [header];
  for (let i = 0; i < LINES; i++) {
    const contract = Math.floor(i / LINES_PER_CONTRACT);
    const supplier = suppliers.edges[contract % suppliers.edges.length]!.node;
    const line = i % LINES_PER_CONTRACT;
    const perDay = line === 9;
    rows.push(
      [
        `BENCH-${contract}`,
        `Benchmark contract ${contract}`,
        `"${supplier.name}"`,
        supplier.companiesHouseNumber,
        'DIRECT_AWARD',
        '01/04/2026',
        '2029-03-31',
        '"£120,000.00"',
        `L${line + 1}`,
        perDay ? 'Consultancy' : `Licence tier ${line}`,
        perDay ? 'Solution architect' : '',
        perDay ? 'Senior' : '',
        perDay ? 'PER_DAY' : 'PER_USER',
        perDay ? 'ONE_OFF' : line % 2 ? 'MONTHLY' : 'ANNUAL',
        String(100 + (i % 900)),
        `${(i % 97) + 1}.${String(i % 10000).padStart(4, '0')}`,
        String(i % 20),
      ].join(','),
    );
  }
  const csv = rows.join('\r\n');

  const upload = () =>
    fetch(`${base}/imports/contract-register`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie, 'x-file-name': 'bench.csv', connection: 'close' },
      body: csv,
    }).then(async (r) => {
      if (r.status !== 201) throw new Error(`upload: ${r.status} ${await r.text()}`);
      return (await r.json()) as { id: string; status: string; problemCount: number };
    });
  const commit = async (id: string) => {
    await gql(`mutation($id: ID!) { commitContractImport(input: { id: $id }) { userErrors { message } } }`, {
      id,
    });
    for (;;) {
      const { contractImport } = await gql<{ contractImport: { status: string; error: string | null } }>(
        `query($id: String!) { contractImport(id: $id) { status error } }`,
        { id },
      );
      if (contractImport.status !== 'IMPORTING') return contractImport;
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  if (process.env['BENCH_LOG']) console.error(`uploading ${csv.length} characters`);
  const [first, dryRun] = await timed(upload);
  if (first.status !== 'READY') throw new Error(`dry run: ${JSON.stringify(first)}`);
  const [done, commitTime] = await timed(() => commit(first.id));
  if (done.status !== 'IMPORTED') throw new Error(`commit: ${JSON.stringify(done)}`);
  const [again, secondDryRun] = await timed(upload);
  const [, secondCommit] = await timed(() => commit(again.id));

  const mb = (Buffer.byteLength(csv) / 1024 / 1024).toFixed(1);
  console.log(
    `Contract register import: ${LINES.toLocaleString('en-GB')} lines in ${(LINES / LINES_PER_CONTRACT).toLocaleString('en-GB')} contracts (${mb} MB)`,
  );
  console.log(`database: ${process.env['DATABASE_URL'] ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}`);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log('| step | time |\n|---|---|');
  console.log(`| upload and dry run | ${seconds(dryRun)} |`);
  console.log(`| commit (all new) | ${seconds(commitTime)} |`);
  console.log(`| upload and dry run, same file again | ${seconds(secondDryRun)} |`);
  console.log(`| commit, same file again (nothing changes) | ${seconds(secondCommit)} |`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await rm(dataDir, { recursive: true, force: true });
}
