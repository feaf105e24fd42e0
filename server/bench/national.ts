// pnpm bench — the national benchmark, against DATABASE_URL's PostgreSQL database. Loads (or reuses)
// the dataset of BENCH_SCALE (L by default: every real trust, 1,000,000 contract lines, 100,000
// declarations), starts the built product on it in production mode, and measures: each important
// operation over HTTP against its hand-written SQL, throughput with autocannon, the importer against
// COPY, the client's bundles and the Compare page in Chromium, and start-up. Prints the figures and
// writes them to docs/perf.md. See docs/perf.md for what each figure means.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { todayInEngland } from '../src/core/dates.js';
import { repoRoot } from '../src/core/paths.js';
import { machine, startApi, type BenchApi } from './api-server.js';
import { importBench } from './contract-import.js';
import { ensureDataset, markChanged, SCALES, type Scale } from './national/dataset.js';
import { measureOperation, graphqlPoster, type OperationFigures } from './national/measure.js';
import { findSubjects, otherOperations, type Operation, type Subjects } from './national/operations.js';
import { compareOperations } from './national/compare-operations.js';
import { report, withSection, type BenchFigures, type ClientFigures } from './national/report.js';
import { peakResidentMb, throughput, type ThroughputFigures } from './national/throughput.js';
import { startupBench } from './startup.js';

const SECTIONS = ['operations', 'throughput', 'import', 'client', 'startup'] as const;
type Section = (typeof SECTIONS)[number];

function settings() {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error(
      'pnpm bench measures PostgreSQL: set DATABASE_URL to an empty database (it is filled with the dataset), e.g.\n' +
        '  createdb -h 127.0.0.1 -U postgres concord_bench\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/concord_bench pnpm bench',
    );
  }
  const scale = (process.env['BENCH_SCALE'] ?? 'L').toUpperCase();
  if (scale !== 'S' && scale !== 'L') throw new Error(`BENCH_SCALE must be S or L (got "${scale}")`);
  const only = (process.env['BENCH_ONLY'] ?? SECTIONS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length)
    throw new Error(
      `BENCH_ONLY names unknown sections: ${unknown.join(', ')} (known: ${SECTIONS.join(', ')})`,
    );
  return {
    url,
    scale: scale as Scale,
    fresh: process.env['BENCH_FRESH'] === 'true',
    sections: new Set(only as Section[]),
    runs: {
      warmup: Number(process.env['BENCH_WARMUP'] ?? 20),
      runs: Number(process.env['BENCH_RUNS'] ?? 200),
      sqlBudgetMs: 30_000,
    },
    port: Number(process.env['BENCH_PORT'] ?? 4795),
    // Figures of a partial run are printed but not written, unless asked.
    write: process.env['BENCH_WRITE'] ?? (only.length === SECTIONS.length ? 'true' : 'false'),
  };
}

const say = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function measureOperations(
  api: BenchApi,
  db: pg.Client,
  subjects: Subjects,
  runs: Parameters<typeof measureOperation>[3],
): Promise<OperationFigures[]> {
  const trust = await api.signIn('procurement@royalfree.example');
  const central = await api.signIn('commercial@nhsengland.example');
  const posters = {
    trust: graphqlPoster(api.base, trust.cookie),
    central: graphqlPoster(api.base, central.cookie),
    anonymous: graphqlPoster(api.base, ''),
  };
  const only = process.env['BENCH_OPERATIONS']?.split(',').map((key) => key.trim());
  const operations: Operation[] = [...compareOperations(subjects), ...otherOperations(subjects)].filter(
    (op) => !only || only.includes(op.key),
  );
  const figures: OperationFigures[] = [];
  for (const op of operations) {
    say(`measuring ${op.label}`);
    figures.push(await measureOperation(op, posters[op.viewer], db, runs));
  }
  return figures;
}

/** The requests autocannon sends: the price benchmark as the trust user, and the organisation search. */
function throughputRequests(subjects: Subjects): { label: string; op: Operation; asTrust: boolean }[] {
  const [benchmark] = compareOperations(subjects);
  const search = otherOperations(subjects).find((o) => o.key === 'organisation-search')!;
  return [
    { label: 'price benchmark, one product (trust)', op: benchmark!, asTrust: true },
    { label: 'organisation search', op: search, asTrust: false },
  ];
}

async function measureThroughput(
  api: BenchApi,
  request: ReturnType<typeof throughputRequests>[number],
): Promise<ThroughputFigures> {
  const cookie = request.asTrust ? (await api.signIn('procurement@royalfree.example')).cookie : '';
  say(`throughput: ${request.label}`);
  return throughput({
    label: request.label,
    base: api.base,
    cookie,
    query: request.op.query,
    variables: request.op.variables,
    serverPid: api.pid,
  });
}

/** The Compare page of the category and unit whose prices, as the trust user sees them, number nearest 10,000. */
async function comparePathNear10k(db: pg.Client, subjects: Subjects): Promise<string> {
  const { rows } = await db.query<{ category: string; pricing_unit: string; points: number }>(
    `select l.category, l.pricing_unit, count(*)::int as points from contract_line l
     join contract c on c.id = l.contract_id
     where c.status <> 'DRAFT' and not l.suppressed and l.billing_period <> 'ONE_OFF'
       and c.start_date <= $1::date and c.end_date >= $1::date
       and (c.price_visibility <> 'PRIVATE' or c.buyer_id = $2)
     group by 1, 2 order by abs(count(*) - 10000), 1, 2 limit 1`,
    [subjects.today, subjects.trust.id],
  );
  const slug = (value: string) => value.toLowerCase().replace(/_/g, '-');
  const { category, pricing_unit: unit } = rows[0]!;
  return `/compare?by=category&category=${slug(category)}&unit=${slug(unit)}`;
}

async function measureClient(api: BenchApi, db: pg.Client, subjects: Subjects): Promise<ClientFigures> {
  const comparePath = await comparePathNear10k(db, subjects);
  say(`client: bundles per route, and ${comparePath} in Chromium`);
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'concord-bench-client-')), 'client.json');
  const run = spawnSync('pnpm', ['--filter', '@concord/e2e', 'bench:client'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      BENCH_BASE: api.base,
      BENCH_EMAIL: 'procurement@royalfree.example',
      BENCH_COMPARE_PATH: comparePath,
      BENCH_OUT: out,
    },
  });
  if (run.status !== 0) throw new Error('the client benchmark failed');
  return JSON.parse(await readFile(out, 'utf8')) as ClientFigures;
}

async function main(): Promise<void> {
  const s = settings();
  const started = performance.now();
  const figures: BenchFigures = {
    date: todayInEngland(),
    machine: machine(),
    scale: s.scale,
    scaleWords: SCALES[s.scale].describe,
    command: `DATABASE_URL=postgres://…/<empty database> ${s.scale === 'L' ? '' : `BENCH_SCALE=${s.scale} `}pnpm bench`,
    dataset: null,
    operations: [],
    operationsPeakRssMb: null,
    throughput: [],
    client: null,
    import: null,
    startup: null,
    totalMs: 0,
  };

  say(`dataset: scale ${s.scale} (${SCALES[s.scale].describe}) in ${s.url.replace(/\/\/[^@]*@/, '//')}`);
  figures.dataset = await ensureDataset(s.url, s.scale, s.fresh);
  say(
    figures.dataset.reused
      ? 'dataset: reused the one loaded before'
      : `dataset: loaded in ${((figures.dataset.loadMs ?? 0) / 1000).toFixed(1)} s`,
  );

  say('building the server and the client');
  const build = spawnSync('pnpm', ['build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('the build failed (its errors are above)');

  const db = new pg.Client({ connectionString: s.url });
  await db.connect();
  try {
    const { rows: version } = await db.query<{ version: string }>(
      `select current_setting('server_version') as version`,
    );
    figures.machine = machine().replace('PostgreSQL (DATABASE_URL)', `PostgreSQL ${version[0]!.version}`);
    const subjects = await findSubjects(db, todayInEngland());
    // Each part on a server of its own, started afresh: one part's memory is not another's.
    const withServer = async <T>(work: (api: BenchApi) => Promise<T>): Promise<[T, number]> => {
      const api = await startApi(
        s.port,
        {
          DATABASE_URL: s.url,
          NODE_ENV: 'production',
          LOG_LEVEL: 'info',
          SQL_STATEMENT_COUNT: 'true',
          CLIENT_DIST: path.join(repoRoot, 'client', 'dist'),
        },
        { build: false },
      );
      try {
        const result = await work(api);
        return [result, await peakResidentMb(api.pid)];
      } finally {
        await api.stop();
      }
    };
    if (s.sections.has('operations')) {
      [figures.operations, figures.operationsPeakRssMb] = await withServer((api) =>
        measureOperations(api, db, subjects, s.runs),
      );
    }
    if (s.sections.has('throughput')) {
      for (const request of throughputRequests(subjects)) {
        const [figure] = await withServer((api) => measureThroughput(api, request));
        figures.throughput.push(figure);
      }
    }
    if (s.sections.has('client'))
      [figures.client] = await withServer((api) => measureClient(api, db, subjects));
    if (s.sections.has('import')) {
      // Last: it adds 10,000 contracts to the trust's register.
      say('import: 100,000 lines through the importer (dry run, commit, the same file again), then COPY');
      await markChanged(s.url);
      [figures.import] = await withServer((api) =>
        importBench(api, { lines: 100_000, databaseUrl: s.url, log: say }),
      );
    }
    if (s.sections.has('startup')) {
      say('start-up: 3 fresh starts on the embedded database with demo data, each started again');
      figures.startup = await startupBench(Number(process.env['BENCH_STARTUP_RUNS'] ?? 3), s.port + 1);
    }
  } finally {
    await db.end();
  }

  figures.totalMs = performance.now() - started;
  const markdown = report(figures);
  console.log(markdown);
  if (s.write === 'true') {
    const file = path.join(repoRoot, 'docs', 'perf.md');
    await writeFile(file, withSection(await readFile(file, 'utf8'), markdown), 'utf8');
    // Laid out as the repository's formatting check expects.
    spawnSync('pnpm', ['exec', 'prettier', '--write', file], { cwd: repoRoot, stdio: 'ignore' });
    say('wrote docs/perf.md');
  }
}

try {
  await main();
} catch (error) {
  // What went wrong, in a sentence: a missing database or a refused one is not a crash.
  console.error(`pnpm bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
