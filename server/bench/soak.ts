// pnpm --filter @concord/server reliability:soak — the server under a steady mixed load for ten
// minutes. Against DATABASE_URL (an empty database: the server migrates it and loads the demo data;
// or one an earlier run used): starts the built server in development mode, and SOAK_USERS virtual
// users (4) send what the client sends: pages read (the register, the price benchmark, savings,
// organisation search, the compliance matrix, frameworks), contracts recorded and edited, compliance
// declarations superseded, and requests that must be refused (invalid input, stale versions, a
// document that does not parse). Every 30 s it records the requests, the unexpected errors (a 5xx,
// INTERNAL_SERVER_ERROR, a failed connection, or any answer other than the one expected), p50 and
// p99, the server's resident memory and its live JavaScript heap (after a full collection). It fails
// on any unexpected error, or on memory growing over the second half (least squares) faster than
// RSS_LIMIT or HEAP_LIMIT. Writes docs/soak.md after a full run. SOAK_MINUTES shortens it for a try.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { todayInEngland } from '../src/core/dates.js';
import { repoRoot } from '../src/core/paths.js';
import { seededRandom, type Random } from '../src/core/seeded-random.js';
import { freePort, machine, startApi, type BenchClient, type GraphQLAnswer } from './api-server.js';
import { contractInput, createRunSupplier } from './demo-writes.js';
import { compareOperations } from './national/compare-operations.js';
import { percentiles } from './national/measure.js';
import { findSubjects, otherOperations, type Viewer } from './national/operations.js';
import { table, withSection } from './national/report.js';
import { residentMb } from './national/throughput.js';

const url = process.env['DATABASE_URL'];
if (!url?.startsWith('postgres')) {
  console.error(
    'pnpm reliability:soak needs DATABASE_URL: a PostgreSQL database it may write to (empty, or one an earlier run used), e.g.\n' +
      '  createdb -h 127.0.0.1 -U postgres concord_soak\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/concord_soak pnpm --filter @concord/server reliability:soak',
  );
  process.exit(1);
}
const FULL_MINUTES = 10;
const MINUTES = Number(process.env['SOAK_MINUTES'] ?? FULL_MINUTES);
const USERS = Number(process.env['SOAK_USERS'] ?? 4);
if (!(MINUTES > 0) || !Number.isInteger(USERS) || USERS < 1 || USERS > 4) {
  console.error('SOAK_MINUTES must be a positive number, SOAK_USERS a whole number from 1 to 4');
  process.exit(1);
}
const WRITE = (process.env['SOAK_WRITE'] ?? String(MINUTES >= FULL_MINUTES)) === 'true';
const WINDOW_MS = 30_000;
const SAMPLE_MS = 5_000;
/** Each virtual user waits up to this long (evenly at random) between requests. */
const THINK_MS = 200;
/**
 * Growth over the second half, in MB a minute, that fails the soak. Resident memory rises in steps
 * as V8 and the allocator reach the high-water mark of what requests allocate at once (a national
 * savings answer passes through 200 MB), and keeps it: runs whose live heap stayed level to 1 MB
 * still showed +2 and +5.5 MB a minute over five minutes. So resident memory is held to a looser
 * limit, and the live heap, steady to a megabyte without a leak, to a tight one: 1 MB a minute
 * would be a leak of about 1 KB a request at this load.
 */
const RSS_LIMIT = 10;
const HEAP_LIMIT = 1;
const say = (line: string) =>
  process.stdout.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

// --- What a virtual user sends -------------------------------------------------------------------

/** What an answer must be: data without errors (and passing `check`), or a refusal of one kind. */
type Expected =
  | { answer: 'data'; check?: (data: Record<string, unknown>) => string | null }
  | { answer: 'userError'; mutation: string; code: string }
  | { answer: 'refused'; status: number; code: string };

type VirtualUser = {
  n: number;
  /** Seeded: a run's mix of requests can be repeated. */
  random: Random;
  clients: Record<Viewer | 'compliance', BenchClient>;
  /** The contract this user edits, as last saved. */
  contract: SavedContract | null;
  /** This user's trust's current declaration of its standard. */
  declaration: { id: string; rowVersion: number };
  standardCode: string;
  sent: number;
};

type Action = {
  key: string;
  kind: 'read' | 'write' | 'refusal';
  weight: number;
  run: (vu: VirtualUser) => Promise<void>;
};

type Window = { requests: number; refused: number; unexpected: number; ms: number[] };
const durationMs = MINUTES * 60_000;
const windows: Window[] = Array.from({ length: Math.ceil(durationMs / WINDOW_MS) }, () => ({
  requests: 0,
  refused: 0,
  unexpected: 0,
  ms: [],
}));
/** Each request's time by what it was (its label), for the slowest. */
const byLabel = new Map<string, number[]>();
const problems = new Map<string, number>();
let started = 0;

function record(label: string, ms: number, outcome: 'ok' | 'refused' | { unexpected: string }) {
  // A request answered after the end counts in the last window.
  const w = windows[Math.min(Math.floor((Date.now() - started) / WINDOW_MS), windows.length - 1)]!;
  w.requests++;
  w.ms.push(ms);
  const times = byLabel.get(label) ?? [];
  if (!times.length) byLabel.set(label, times);
  times.push(ms);
  if (outcome === 'refused') w.refused++;
  else if (outcome !== 'ok') {
    w.unexpected++;
    // Counted by kind: "try again in 29 seconds" and "in 28 seconds" are one problem.
    const kind = outcome.unexpected.replace(/\d+/g, 'N');
    problems.set(kind, (problems.get(kind) ?? 0) + 1);
  }
}

/** Why an answer is not the one expected; null when it is. */
function mismatch(answer: GraphQLAnswer, expected: Expected): string | null {
  const { status, body } = answer;
  const code = body?.errors?.[0]?.extensions?.code;
  if (status >= 500) return `status ${status}${code ? ` ${code}` : ''}: ${body?.errors?.[0]?.message ?? ''}`;
  if (body?.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
    return `INTERNAL_SERVER_ERROR: ${body.errors[0]!.message}`;
  if (expected.answer === 'refused') {
    return status === expected.status && code === expected.code
      ? null
      : `expected ${expected.status} ${expected.code}, got ${status} ${code ?? 'no error'}`;
  }
  if (status !== 200 || !body?.data || body.errors)
    return `status ${status}: ${body?.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ') ?? 'no data'}`;
  const data = body.data as Record<string, unknown>;
  if (expected.answer === 'userError') {
    const payload = data[expected.mutation] as { userErrors?: { code: string }[] } | undefined;
    return payload?.userErrors?.some((e) => e.code === expected.code)
      ? null
      : `expected the user error ${expected.code}, got ${JSON.stringify(payload?.userErrors ?? null)}`;
  }
  return expected.check?.(data) ?? null;
}

/** Sends one request, times it and records how it was answered; returns the data (if any). */
async function send(
  label: string,
  client: BenchClient,
  query: string,
  variables: Record<string, unknown>,
  expected: Expected = { answer: 'data' },
): Promise<Record<string, unknown> | null> {
  const t0 = performance.now();
  let answer: GraphQLAnswer;
  try {
    answer = await client.post(query, variables);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    record(label, performance.now() - t0, {
      unexpected: `${label}: no answer (${cause ?? (error as Error).message})`,
    });
    return null;
  }
  const ms = performance.now() - t0;
  const why = mismatch(answer, expected);
  record(label, ms, why ? { unexpected: `${label}: ${why}` } : expected.answer === 'data' ? 'ok' : 'refused');
  return why ? null : ((answer.body?.data as Record<string, unknown> | undefined) ?? null);
}

const USER_ERRORS = 'userErrors { field code message }';
const CONTRACT_PAYLOAD = `contract { id reference rowVersion annualCost { amount } lines { id unitPrice { amount } } } ${USER_ERRORS}`;
const CREATE_CONTRACT = `mutation CreateContract($input: CreateContractInput!) { createContract(input: $input) { ${CONTRACT_PAYLOAD} } }`;
const UPDATE_CONTRACT = `mutation UpdateContract($input: UpdateContractInput!) { updateContract(input: $input) { ${CONTRACT_PAYLOAD} } }`;
const DELETE_CONTRACT = `mutation DeleteContract($input: ContractVersionInput!) { deleteContract(input: $input) { deletedContractId ${USER_ERRORS} } }`;
const DECLARATION_PAYLOAD = `declaration { id rowVersion status current standard { code } } ${USER_ERRORS}`;
const DECLARE = `mutation DeclareCompliance($input: DeclareComplianceInput!) { declareCompliance(input: $input) { ${DECLARATION_PAYLOAD} } }`;
const SUPERSEDE = `mutation SupersedeDeclaration($input: SupersedeDeclarationInput!) { supersedeDeclaration(input: $input) { ${DECLARATION_PAYLOAD} } }`;
const CURRENT_DECLARATION = `query CurrentDeclaration($filter: DeclarationFilter) {
  declarations(first: 1, filter: $filter) { edges { node { id rowVersion } } }
}`;
/** The client's Frameworks page (its fragments written out). */
const FRAMEWORK_CATALOGUE = `query FrameworkCatalogue($first: Int) {
  frameworks(first: $first) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id reference title status startDate endDate owner { id name } lots { id category } } }
  }
  centralBodies: organisations(filter: { kinds: [CENTRAL_BODY] }, first: 100) {
    edges { node { id odsCode name } }
  }
}`;
/** What every page asks first: who is signed in and what they may do. */
const VIEWER = `query Viewer {
  me {
    user { id name }
    activeMembership { id role organisation { id name } supplier { id name } }
    viewerCanReadContracts viewerCanRecordContracts viewerCanComparePrices viewerCanDeclareCompliance
  }
}`;
/** Documents GraphQL itself refuses, with a 400: key, label, document, variables, the error's code. */
const REFUSED: [string, string, string, Record<string, unknown>, string][] = [
  [
    'wrongVariableType',
    'contracts (first: "many")',
    'query Register($first: Int) { contracts(first: $first) { totalCount } }',
    { first: 'many' },
    'BAD_USER_INPUT',
  ],
  [
    'doesNotParse',
    'a document that does not parse',
    '{ organisations(first: 5 { totalCount }',
    {},
    'GRAPHQL_PARSE_FAILED',
  ],
  [
    'unknownField',
    'an unknown field',
    '{ organisations(first: 5) { totalCount salary } }',
    {},
    'GRAPHQL_VALIDATION_FAILED',
  ],
];
/** Organisation standards assessed pass or fail, without certificates: one per virtual user. */
const STANDARDS = ['NHS_NUMBER', 'DCB0160', 'SNOMED_CT', 'GS1'];

type Saved = { id: string; rowVersion: number };
type SavedContract = Saved & { reference: string };
const savedContract = (data: Record<string, unknown> | null, mutation: string): SavedContract | null =>
  (data?.[mutation] as { contract: SavedContract | null } | undefined)?.contract ?? null;
const noUserErrors =
  (mutation: string) =>
  (data: Record<string, unknown>): string | null => {
    const errors = (data[mutation] as { userErrors: { code: string; message: string }[] }).userErrors;
    return errors.length ? `user errors: ${errors.map((e) => `${e.code} ${e.message}`).join('; ')}` : null;
  };

function actions(
  subjects: Awaited<ReturnType<typeof findSubjects>>,
  supplierId: string,
  runId: string,
): Action[] {
  const reads: Action[] = [...compareOperations(subjects), ...otherOperations(subjects)].map((op) => ({
    key: op.key,
    kind: 'read',
    // The register and the benchmark are the pages used most; national views the least.
    weight: { 'price-benchmark': 10, 'contract-register': 10, 'organisation-search': 8 }[op.key] ?? 4,
    run: async (vu) => {
      await send(op.key, vu.clients[op.viewer], op.query, op.variables);
    },
  }));
  /** `updateContract`'s input: the contract with its line at a new price. */
  const edit = (contract: SavedContract, expectedRowVersion: number, price: string) => ({
    ...contractInput(supplierId, contract.reference, 'Edited during the soak', price),
    id: contract.id,
    expectedRowVersion,
    notes: `Price ${price} at ${new Date().toISOString()}`,
  });
  const reference = (vu: VirtualUser) => `SOAK-${runId}-${vu.n}-${vu.sent++}`;
  const recordContract = async (vu: VirtualUser) => {
    const data = await send(
      'createContract',
      vu.clients.trust,
      CREATE_CONTRACT,
      { input: contractInput(supplierId, reference(vu), 'Recorded during the soak') },
      { answer: 'data', check: noUserErrors('createContract') },
    );
    vu.contract = savedContract(data, 'createContract') ?? vu.contract;
  };
  return [
    ...reads,
    {
      key: 'frameworks',
      kind: 'read',
      weight: 5,
      run: async (vu) => {
        await send('frameworks', vu.clients.anonymous, FRAMEWORK_CATALOGUE, { first: 25 });
      },
    },
    {
      key: 'viewer',
      kind: 'read',
      weight: 5,
      run: async (vu) => {
        await send('viewer', vu.clients.trust, VIEWER, {});
      },
    },
    { key: 'createContract', kind: 'write', weight: 3, run: recordContract },
    {
      key: 'updateContract',
      kind: 'write',
      weight: 10,
      run: async (vu) => {
        if (!vu.contract) return recordContract(vu);
        const price = String(vu.random.int(900, 1099));
        const data = await send(
          'updateContract',
          vu.clients.trust,
          UPDATE_CONTRACT,
          { input: edit(vu.contract, vu.contract.rowVersion, price) },
          { answer: 'data', check: noUserErrors('updateContract') },
        );
        // An edit that failed leaves the contract unknown: record a new one next time.
        vu.contract = savedContract(data, 'updateContract');
      },
    },
    {
      key: 'draftRecordedAndDeleted',
      kind: 'write',
      weight: 3,
      run: async (vu) => {
        const draft = savedContract(
          await send(
            'createContract (draft)',
            vu.clients.trust,
            CREATE_CONTRACT,
            {
              input: {
                ...contractInput(supplierId, reference(vu), 'A draft the soak deletes'),
                asDraft: true,
              },
            },
            { answer: 'data', check: noUserErrors('createContract') },
          ),
          'createContract',
        );
        if (draft)
          await send(
            'deleteContract',
            vu.clients.trust,
            DELETE_CONTRACT,
            { input: { id: draft.id, expectedRowVersion: draft.rowVersion } },
            { answer: 'data', check: noUserErrors('deleteContract') },
          );
      },
    },
    {
      key: 'supersedeDeclaration',
      kind: 'write',
      weight: 6,
      run: async (vu) => {
        const data = await send(
          'supersedeDeclaration',
          vu.clients.compliance,
          SUPERSEDE,
          {
            input: {
              id: vu.declaration.id,
              expectedRowVersion: vu.declaration.rowVersion,
              status: 'COMPLIANT',
              evidence: { statement: `Reviewed again during the soak (${vu.sent++}).`, links: [] },
            },
          },
          { answer: 'data', check: noUserErrors('supersedeDeclaration') },
        );
        const next = (data?.['supersedeDeclaration'] as { declaration: Saved | null } | undefined)
          ?.declaration;
        if (next) vu.declaration = next;
        else vu.declaration = await currentDeclaration(vu);
      },
    },
    {
      key: 'invalidContract',
      kind: 'refusal',
      weight: 3,
      run: async (vu) => {
        const input = {
          ...contractInput(supplierId, reference(vu), 'Ends before it starts'),
          endDate: '2025-01-01',
        };
        await send(
          'createContract (ends before it starts)',
          vu.clients.trust,
          CREATE_CONTRACT,
          { input },
          {
            answer: 'userError',
            mutation: 'createContract',
            code: 'INVALID',
          },
        );
      },
    },
    {
      key: 'staleEdit',
      kind: 'refusal',
      weight: 2,
      run: async (vu) => {
        if (!vu.contract) return recordContract(vu);
        await send(
          'updateContract (stale version)',
          vu.clients.trust,
          UPDATE_CONTRACT,
          { input: edit(vu.contract, vu.contract.rowVersion - 1, '1000') },
          { answer: 'userError', mutation: 'updateContract', code: 'STALE_VERSION' },
        );
      },
    },
    ...REFUSED.map(([key, label, document, variables, code]): Action => ({
      key,
      kind: 'refusal',
      weight: 3,
      run: async (vu) => {
        await send(label, vu.clients.trust, document, variables, { answer: 'refused', status: 400, code });
      },
    })),
  ];
}

/** The trust's current declaration of the user's standard (declared first if there is none). */
async function currentDeclaration(vu: VirtualUser): Promise<Saved> {
  const { declarations } = await vu.clients.compliance.gql<{
    declarations: { edges: { node: Saved }[] };
  }>(CURRENT_DECLARATION, { filter: { organisationOdsCodes: ['RAL'], standardCodes: [vu.standardCode] } });
  if (declarations.edges[0]) return declarations.edges[0].node;
  const { declareCompliance } = await vu.clients.compliance.gql<{
    declareCompliance: { declaration: Saved | null; userErrors: unknown[] };
  }>(DECLARE, {
    input: {
      subject: { organisationOdsCode: 'RAL' },
      standardCode: vu.standardCode,
      status: 'COMPLIANT',
      evidence: { statement: 'Declared for the soak.', links: [] },
    },
  });
  if (!declareCompliance.declaration)
    throw new Error(`could not declare ${vu.standardCode}: ${JSON.stringify(declareCompliance.userErrors)}`);
  return declareCompliance.declaration;
}

async function runUser(vu: VirtualUser, all: Action[], until: number): Promise<void> {
  const weighted = all.map((a) => [a, a.weight] as const);
  while (Date.now() < until) {
    await vu.random.weighted(weighted).run(vu);
    await new Promise((r) => setTimeout(r, vu.random.int(0, THINK_MS)));
  }
}

// --- The server's memory ---------------------------------------------------------------------------

/**
 * Loaded into the server before it starts (`--require`): sent SIGUSR2, it collects the garbage and
 * writes the heap still in use, numbered, to SOAK_HEAP_FILE. What is left after a full collection
 * is what the server holds on to, so a leak of JavaScript objects shows as its steady rise.
 */
const HEAP_PROBE = `
const v8 = require('node:v8');
const vm = require('node:vm');
const fs = require('node:fs');
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
let n = 0;
process.on('SIGUSR2', () => {
  gc();
  const file = process.env.SOAK_HEAP_FILE;
  fs.writeFileSync(file + '.tmp', JSON.stringify({ n: ++n, heapUsed: process.memoryUsage().heapUsed }));
  fs.renameSync(file + '.tmp', file);
});
`;

/** The server's live JavaScript heap in MB (after a full collection); null if it did not say. */
async function liveHeapMb(pid: number, file: string, n: number): Promise<number | null> {
  process.kill(pid, 'SIGUSR2');
  for (let waited = 0; waited < 5_000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    const said = await readFile(file, 'utf8').then(
      (text) => JSON.parse(text) as { n: number; heapUsed: number },
      () => null,
    );
    if (said?.n === n) return said.heapUsed / 2 ** 20;
  }
  return null;
}

/** The least-squares slope of y over x. */
function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx ? sxy / sxx : 0;
}

// --- The run -------------------------------------------------------------------------------------------

const probeDir = await mkdtemp(path.join(tmpdir(), 'concord-soak-'));
const heapFile = path.join(probeDir, 'heap.json');
await writeFile(path.join(probeDir, 'heap-probe.cjs'), HEAP_PROBE, 'utf8');
say(`starting the built server (development mode: the demo data is loaded into an empty database)`);
const api = await startApi(
  await freePort(),
  {
    DATABASE_URL: url,
    NODE_ENV: 'development',
    // The default, which startApi lengthens for long benchmark requests.
    REQUEST_TIMEOUT_MS: '30000',
    // The virtual users are the same few demo people at one address, where the limits are per person
    // and per address: raised so the load is not refused, every request still counted against them.
    RATE_LIMIT_USER_POINTS: '1000000000',
    RATE_LIMIT_ADDRESS_POINTS: '1000000000',
    NODE_OPTIONS: `--require ${path.join(probeDir, 'heap-probe.cjs')}`,
    SOAK_HEAP_FILE: heapFile,
  },
  { log: true },
);
// Whatever happens below, the server does not outlive the script.
process.on('exit', () => {
  try {
    process.kill(api.pid, 'SIGKILL');
  } catch {
    // already stopped
  }
});

const db = new pg.Client({ connectionString: url });
await db.connect();
const { rows: version } = await db.query<{ version: string }>(
  `select current_setting('server_version') as version`,
);
const subjects = await findSubjects(db, todayInEngland());
await db.end();

const runId = Date.now().toString(36);
const supplierId = await createRunSupplier(
  await api.signIn('commercial@nhsengland.example'),
  'Soak Supplier',
);
const users: VirtualUser[] = [];
for (let n = 0; n < USERS; n++) {
  const vu: VirtualUser = {
    n,
    random: seededRandom(n + 1),
    clients: {
      trust: await api.signIn('procurement@royalfree.example'),
      central: await api.signIn('commercial@nhsengland.example'),
      compliance: await api.signIn('compliance@royalfree.example'),
      anonymous: api.anonymous,
    },
    contract: null,
    declaration: { id: '', rowVersion: 0 },
    standardCode: STANDARDS[n]!,
    sent: 0,
  };
  vu.declaration = await currentDeclaration(vu);
  users.push(vu);
}
const all = actions(subjects, supplierId, runId);

const samples: { minutes: number; rssMb: number }[] = [];
const windowMemory: { rssMb: number; heapMb: number | null }[] = [];
const startRssMb = await residentMb(api.pid);
let serverExited = false;
say(
  `${USERS} virtual users for ${MINUTES} min (${all.length} kinds of request); the server's resident memory: ${startRssMb.toFixed(0)} MB`,
);
started = Date.now();
const until = started + durationMs;
const load = Promise.all(users.map((vu) => runUser(vu, all, until)));
// Memory every 5 s; a window's figures at its end.
for (let t = Math.min(SAMPLE_MS, durationMs); !serverExited; t = Math.min(t + SAMPLE_MS, durationMs)) {
  await new Promise((r) => setTimeout(r, started + t - Date.now()));
  try {
    samples.push({ minutes: t / 60_000, rssMb: await residentMb(api.pid) });
  } catch {
    serverExited = true;
    say('the server has exited');
    break;
  }
  if (t % WINDOW_MS === 0 || t === durationMs) {
    const heapMb = await liveHeapMb(api.pid, heapFile, windowMemory.length + 1);
    windowMemory.push({ rssMb: samples.at(-1)!.rssMb, heapMb });
    const w = windows[windowMemory.length - 1]!;
    say(
      `${(t / 60_000).toFixed(1)} min: ${w.requests} requests, ${w.unexpected} unexpected, ` +
        `p99 ${w.ms.length ? percentiles(w.ms).p99.toFixed(0) : '–'} ms, RSS ${samples.at(-1)!.rssMb.toFixed(0)} MB, ` +
        `live heap ${heapMb?.toFixed(0) ?? '–'} MB`,
    );
  }
  if (t === durationMs) break;
}
await load;
await api.stop();
await rm(probeDir, { recursive: true, force: true });

// --- The figures -------------------------------------------------------------------------------------------

const rows = windows.slice(0, windowMemory.length).map((w, i) => ({
  ...w,
  ...percentiles(w.ms),
  ...windowMemory[i]!,
  endsAt: Math.min((i + 1) * WINDOW_MS, durationMs),
}));
const requests = windows.reduce((s, w) => s + w.requests, 0);
const refused = windows.reduce((s, w) => s + w.refused, 0);
const unexpected = windows.reduce((s, w) => s + w.unexpected, 0);
/** The least-squares trend over the second half, MB a minute (NaN with fewer than two figures). */
const trend = (points: { minutes: number; mb: number | null }[]) => {
  const half = points
    .filter((p) => p.minutes >= MINUTES / 2 && p.mb !== null)
    .map((p) => ({ x: p.minutes, y: p.mb! }));
  return half.length >= 2 ? slope(half) : Number.NaN;
};
const rssGrowth = trend(samples.map((s) => ({ minutes: s.minutes, mb: s.rssMb })));
const heapGrowth = trend(rows.map((r) => ({ minutes: r.endsAt / 60_000, mb: r.heapMb })));
// NaN (too short a run to tell) is no pass.
const rssLevel = rssGrowth <= RSS_LIMIT;
const heapLevel = heapGrowth <= HEAP_LIMIT;
const passed = unexpected === 0 && rssLevel && heapLevel && !serverExited;
const first = rows[0];
const last = rows.at(-1);

const mb = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${x.toFixed(0)} MB`);
const ms = (x: number | undefined) => (x === undefined ? '–' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const count = (n: number) => n.toLocaleString('en-GB');
const growthWords = (growth: number, level: boolean) =>
  `${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB/min: ${level ? 'no growth trend' : '**growing**'}`;
const clock = (msFromStart: number) =>
  `${Math.floor(msFromStart / 60_000)}:${String(Math.round((msFromStart % 60_000) / 1000)).padStart(2, '0')}`;
const kinds = (kind: Action['kind']) =>
  all
    .filter((a) => a.kind === kind)
    .map((a) => a.key)
    .join(', ');

const START = '<!-- pnpm reliability:soak: start (written by the soak; edit below the end mark) -->';
const END = '<!-- pnpm reliability:soak: end -->';
const section = [
  START,
  '',
  `## Latest run: ${passed ? 'passed' : '**failed**'}`,
  '',
  `Command: \`DATABASE_URL=postgres://…/<database> pnpm --filter @concord/server reliability:soak\`` +
    `${MINUTES === FULL_MINUTES ? '' : ` with \`SOAK_MINUTES=${MINUTES}\``} (from the repository's root).`,
  `Date: ${todayInEngland()}. Machine: ${machine().replace('PostgreSQL (DATABASE_URL)', `PostgreSQL ${version[0]!.version}`)}.`,
  `The built server in development mode (demo data), ${USERS} virtual users, each waiting up to ${THINK_MS} ms between requests, for ${MINUTES} minutes.`,
  '',
  table(
    ['figure', 'value'],
    [
      ['requests', `${count(requests)} (${(requests / (durationMs / 1000)).toFixed(1)} a second)`],
      ['refused as they must be (not errors)', count(refused)],
      ['unexpected errors', `${count(unexpected)}${unexpected ? ' (**must be 0**)' : ''}`],
      ['p99, first window / last window', `${ms(first?.p99)} / ${ms(last?.p99)}`],
      [
        'resident memory: before the load / end of first window / end of last window',
        `${mb(startRssMb)} / ${mb(first?.rssMb)} / ${mb(last?.rssMb)}`,
      ],
      [
        `resident memory's trend over the second half (least squares; limit ${RSS_LIMIT} MB/min)`,
        growthWords(rssGrowth, rssLevel),
      ],
      [
        'live JavaScript heap: end of first window / end of last window',
        `${mb(first?.heapMb)} / ${mb(last?.heapMb)}`,
      ],
      [
        `live heap's trend over the second half (least squares; limit ${HEAP_LIMIT} MB/min)`,
        growthWords(heapGrowth, heapLevel),
      ],
      ...(serverExited ? [['the server', '**exited during the run**']] : []),
    ],
  ),
  '',
  table(
    ['window', 'requests', 'unexpected', 'p50', 'p99', 'resident', 'live heap'],
    rows.map((r, i) => [
      `${clock(i * WINDOW_MS)}–${clock(r.endsAt)}`,
      count(r.requests),
      count(r.unexpected),
      ms(r.p50),
      ms(r.p99),
      mb(r.rssMb),
      mb(r.heapMb),
    ]),
  ),
  '',
  'Each kind of request over the whole run, slowest first:',
  '',
  table(
    ['request', 'sent', 'p50', 'p99', 'slowest'],
    [...byLabel]
      .map(([label, times]) => ({ label, ...percentiles(times), slowest: Math.max(...times) }))
      .sort((a, b) => b.p99 - a.p99)
      .map((r) => [r.label, count(r.runs), ms(r.p50), ms(r.p99), ms(r.slowest)]),
  ),
  '',
  ...(problems.size
    ? [
        'Unexpected errors:',
        '',
        ...[...problems]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10)
          .map(([why, n]) => `- ${n} × ${why.replace(/\s+/g, ' ').slice(0, 300)}`),
        '',
      ]
    : []),
  `Reads: ${kinds('read')}. Writes: ${kinds('write')}. Refusals: ${kinds('refusal')}.`,
  '',
  END,
].join('\n');
console.log(`\n${section}\n`);
if (WRITE) {
  const file = path.join(repoRoot, 'docs', 'soak.md');
  const document = await readFile(file, 'utf8').catch(() => '# Soak test\n');
  await writeFile(file, withSection(document, section, { start: START, end: END }), 'utf8');
  // Laid out as the repository's formatting check expects.
  spawnSync('pnpm', ['exec', 'prettier', '--write', file], { cwd: repoRoot, stdio: 'ignore' });
  say('wrote docs/soak.md');
}
process.exit(passed ? 0 : 1);
