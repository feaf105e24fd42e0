// pnpm bench:import — imports a generated contract register through the product's own path (the
// upload endpoint's dry run, then the all-or-nothing commit), then the same file again, and on
// PostgreSQL puts the same contract and line rows in by COPY for a baseline. Run alone, it starts
// the built API on a fresh embedded database, or on DATABASE_URL when set (an empty database: the
// server migrates it and loads the demo data), and prints the table. Builds are not timed.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { machine, seconds, startApi, timed, type BenchApi } from './api-server.js';

const LINES_PER_CONTRACT = 10;

export type ImportFigures = {
  lines: number;
  contracts: number;
  /** The file's size in bytes (UTF-8). */
  bytes: number;
  /** Upload and dry run (the file checked, nothing saved but the import record). */
  dryRunMs: number;
  /** The commit, all new: from the mutation to the import found IMPORTED. */
  commitMs: number;
  /** lines / (dry run + commit). */
  importLinesPerSecond: number;
  /** COPY … FROM STDIN of the same contract and line rows, to the commit; null without PostgreSQL. */
  copyMs: number | null;
  copyLinesPerSecond: number | null;
  /** (dry run + commit) / COPY. */
  ratio: number | null;
  /** The same file again: every contract found unchanged, nothing written but the import's audit. */
  againDryRunMs: number;
  againCommitMs: number;
};

export type ImportBenchOptions = {
  lines: number;
  /** PostgreSQL the API runs on, for the COPY baseline; without it the baseline is skipped. */
  databaseUrl?: string;
  /** Prefix of the contract references; unique per run by default, so runs may share a database. */
  tag?: string;
  log?: (message: string) => void;
};

/** The register: off-framework contracts of ten lines, licences, support and day rates (`tag`-N references). */
export function registerCsv(
  lines: number,
  tag: string,
  suppliers: { name: string; companiesHouseNumber: string }[],
) {
  const header =
    'contract_reference,contract_title,supplier_name,supplier_companies_house_number,route,start_date,end_date,total_value,line_reference,description,role,grade,pricing_unit,billing_period,quantity,unit_price,discount_percent';
  const rows = [header];
  for (let i = 0; i < lines; i++) {
    const contract = Math.floor(i / LINES_PER_CONTRACT);
    const supplier = suppliers[contract % suppliers.length]!;
    const line = i % LINES_PER_CONTRACT;
    const perDay = line === 9;
    rows.push(
      [
        `${tag}-${contract}`,
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
  return rows.join('\r\n');
}

type Summary = { contracts: { create: number; update: number; unchanged: number } };

/**
 * Imports `lines` lines (ten a contract) as a trust's procurement lead: upload and dry run, commit,
 * then the same file again; on PostgreSQL, times COPY of the rows the import wrote.
 */
export async function importBench(api: BenchApi, options: ImportBenchOptions): Promise<ImportFigures> {
  const log = options.log ?? (() => {});
  const tag = options.tag ?? `BENCH-${Date.now().toString(36)}`;
  const { gql, cookie } = await api.signIn('procurement@royalfree.example');
  const { suppliers } = await gql<{
    suppliers: { edges: { node: { name: string; companiesHouseNumber: string } }[] };
  }>('{ suppliers(first: 50) { edges { node { name companiesHouseNumber } } } }');
  const csv = registerCsv(
    options.lines,
    tag,
    suppliers.edges.map((e) => e.node),
  );
  const contracts = Math.ceil(options.lines / LINES_PER_CONTRACT);

  const upload = () =>
    fetch(`${api.base}/imports/contract-register`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie, 'x-file-name': 'bench.csv', connection: 'close' },
      body: csv,
    }).then(async (r) => {
      if (r.status !== 201) throw new Error(`upload: ${r.status} ${await r.text()}`);
      return (await r.json()) as { id: string; status: string; problemCount: number };
    });
  const summaryOf = (id: string) =>
    gql<{ contractImport: { summary: Summary | null } }>(
      `query($id: String!) { contractImport(id: $id) { summary { contracts { create update unchanged } } } }`,
      { id },
    ).then((r) => r.contractImport.summary);
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
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  log(`uploading ${csv.length.toLocaleString('en-GB')} characters`);
  const [first, dryRunMs] = await timed(upload);
  if (first.status !== 'READY') throw new Error(`dry run: ${JSON.stringify(first)}`);
  const planned = await summaryOf(first.id);
  if (planned?.contracts.create !== contracts) {
    throw new Error(`dry run: expected ${contracts} new contracts, found ${JSON.stringify(planned)}`);
  }
  log('committing');
  const [done, commitMs] = await timed(() => commit(first.id));
  if (done.status !== 'IMPORTED') throw new Error(`commit: ${JSON.stringify(done)}`);

  const copyMs = options.databaseUrl ? await copyBaseline(options.databaseUrl, tag, log) : null;

  log('the same file again');
  const [again, againDryRunMs] = await timed(upload);
  if (again.status !== 'READY') throw new Error(`dry run, again: ${JSON.stringify(again)}`);
  const unchanged = await summaryOf(again.id);
  if (unchanged?.contracts.unchanged !== contracts) {
    throw new Error(`dry run, again: expected every contract unchanged, found ${JSON.stringify(unchanged)}`);
  }
  const [twice, againCommitMs] = await timed(() => commit(again.id));
  if (twice.status !== 'IMPORTED') throw new Error(`commit, again: ${JSON.stringify(twice)}`);

  const importMs = dryRunMs + commitMs;
  return {
    lines: options.lines,
    contracts,
    bytes: Buffer.byteLength(csv),
    dryRunMs,
    commitMs,
    importLinesPerSecond: options.lines / (importMs / 1000),
    copyMs,
    copyLinesPerSecond: copyMs === null ? null : options.lines / (copyMs / 1000),
    ratio: copyMs === null ? null : importMs / copyMs,
    againDryRunMs,
    againCommitMs,
  };
}

/**
 * The same rows by COPY: the contracts and lines the import wrote are copied out, deleted and
 * copied back in one transaction (indexes, constraints and triggers in place), which is timed to
 * its commit. The database ends as the import left it, ids and all. The import's audit events are
 * not part of it: the trail is append-only, so they cannot be taken out and put back.
 */
async function copyBaseline(
  databaseUrl: string,
  tag: string,
  log: (message: string) => void,
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const imported = `select id from contract where source = 'CSV_IMPORT' and reference like '${tag}-%'`;
    const copyOut = async (query: string) => {
      const chunks: Buffer[] = [];
      for await (const chunk of client.query(copyTo(`copy (${query}) to stdout (format binary)`))) {
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    };
    const copyIn = (table: string, rows: Buffer) =>
      pipeline(Readable.from([rows]), client.query(copyFrom(`copy "${table}" from stdin (format binary)`)));
    // Table order (`select *`) is the column order COPY FROM expects.
    const contracts = await copyOut(`select * from contract where id in (${imported})`);
    const lines = await copyOut(`select * from contract_line where contract_id in (${imported})`);
    log(`COPY: ${((contracts.length + lines.length) / 2 ** 20).toFixed(1)} MB of rows`);
    await client.query('begin');
    try {
      await client.query(`delete from contract where id in (${imported})`); // lines cascade
      const [, ms] = await timed(async () => {
        await copyIn('contract', contracts);
        await copyIn('contract_line', lines);
        await client.query('commit');
      });
      return ms;
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** The figures as the table docs/perf.md shows. */
export function importTable(figures: ImportFigures): string {
  const rate = (n: number) => `${Math.round(n).toLocaleString('en-GB')} lines/s`;
  const mb = (figures.bytes / 2 ** 20).toFixed(1);
  return [
    `Contract register import: ${figures.lines.toLocaleString('en-GB')} lines in ${figures.contracts.toLocaleString('en-GB')} contracts (${mb} MB)`,
    '| step | time | rate |',
    '|---|---|---|',
    `| upload and dry run | ${seconds(figures.dryRunMs)} | |`,
    `| commit (all new) | ${seconds(figures.commitMs)} | |`,
    `| import (dry run and commit) | ${seconds(figures.dryRunMs + figures.commitMs)} | ${rate(figures.importLinesPerSecond)} |`,
    figures.copyMs === null
      ? '| COPY of the same rows | COPY: PostgreSQL only | |'
      : `| COPY of the same rows | ${seconds(figures.copyMs)} | ${rate(figures.copyLinesPerSecond!)} |`,
    `| import ÷ COPY | ${figures.ratio === null ? '–' : `${figures.ratio.toFixed(1)} ×`} | |`,
    `| upload and dry run, same file again | ${seconds(figures.againDryRunMs)} | |`,
    `| commit, same file again (nothing changes) | ${seconds(figures.againCommitMs)} | |`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const api = await startApi(Number(process.env['BENCH_PORT'] ?? 4791));
  try {
    const databaseUrl = process.env['DATABASE_URL'];
    if (!databaseUrl) console.log('COPY: PostgreSQL only (DATABASE_URL is unset); skipped');
    const figures = await importBench(api, {
      lines: Number(process.env['BENCH_LINES'] ?? 100_000),
      ...(databaseUrl ? { databaseUrl } : {}),
      ...(process.env['BENCH_LOG'] ? { log: (message: string) => console.error(message) } : {}),
    });
    console.log(machine());
    console.log(importTable(figures));
  } finally {
    await api.stop();
  }
}
