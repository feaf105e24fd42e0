// The benchmark's figures as Markdown: the section `pnpm bench` keeps at the top of docs/perf.md,
// each figure beside its target and whether it is met.
import type { DatasetReport } from './dataset.js';
import type { OperationFigures } from './measure.js';
import type { ThroughputFigures } from './throughput.js';
import type { ImportFigures } from '../contract-import.js';
import type { StartupFigures } from '../startup.js';

/** What `pnpm --filter @concord/e2e bench:client` writes (BENCH_OUT), in part. */
export type ClientFigures = {
  mode: string;
  routes?: { path: string; rawBytes: number; gzipBytes: number }[];
  firstRoute?: { path: string; rawBytes: number; gzipBytes: number };
  compare?: {
    path: string;
    points: number;
    drawnMs: number;
    readyMs: number;
    interactionMs: number;
    longTasksMs: number;
    runs: unknown[];
  };
  machine: { chromium: string };
};

export type BenchFigures = {
  date: string;
  machine: string;
  scale: string;
  scaleWords: string;
  command: string;
  dataset: DatasetReport | null;
  operations: OperationFigures[];
  /** The server's largest resident set while the operations ran (a server of their own). */
  operationsPeakRssMb: number | null;
  throughput: ThroughputFigures[];
  client: ClientFigures | null;
  import: ImportFigures | null;
  startup: StartupFigures | null;
  totalMs: number;
};

export const START = '<!-- pnpm bench: start (written by the benchmark; edit below the end mark) -->';
export const END = '<!-- pnpm bench: end -->';

const ms = (x: number) =>
  x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const count = (n: number) => n.toLocaleString('en-GB');
const verdict = (met: boolean | null) => (met === null ? '–' : met ? 'met' : '**missed**');

/** A Markdown table. */
export function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Whether an operation meets every part of its target; null when it has none. */
export function operationMet(op: BenchFigures['operations'][number]): boolean | null {
  const { p95Ms, ratio, statements } = op.target;
  if (p95Ms === undefined && ratio === undefined && statements === undefined) return null;
  return (
    (p95Ms === undefined || op.http.p95 <= p95Ms) &&
    (ratio === undefined || op.ratio <= ratio) &&
    (statements === undefined || (op.statements ?? Infinity) <= statements)
  );
}

export function report(f: BenchFigures): string {
  const parts: string[] = [START, '', `## National benchmark (\`pnpm bench\`), scale ${f.scale}`, ''];
  parts.push(
    `Command: \`${f.command}\` (from the repository's root; \`BENCH_SCALE=S\` for the smaller scale).`,
    `Date: ${f.date}. Machine: ${f.machine}. The whole run took ${ms(f.totalMs)}.`,
    '',
  );
  if (f.dataset) {
    const c = f.dataset.counts;
    parts.push(
      `Dataset (scale ${f.scale}, ${f.scaleWords}): ${count(c.trusts)} open trusts, ${count(c.suppliers)} suppliers, ` +
        `${count(c.products)} products, ${count(c.contracts)} contracts, ${count(c.lines)} contract lines, ` +
        `${count(c.standards)} standards, ${count(c.declarations)} declarations; ` +
        (f.dataset.reused
          ? 'loaded by an earlier run and reused.'
          : `loaded in ${ms(f.dataset.loadMs ?? 0)}.`),
      '',
    );
  }
  if (f.operations.length) {
    const runs = f.operations[0]!.http.runs;
    parts.push(
      '### Operations',
      '',
      `Each GraphQL request over HTTP as its user sends it, the server in production mode on PostgreSQL: the first ` +
        `request after start-up, then after a warm-up ${runs} requests one after another; beside it the same answer ` +
        'by hand-written SQL through `pg` (the number of runs in brackets when a slow statement ran fewer), the ' +
        'ratio of the two p95s, and the most SQL statements one request issued. "Same answer" compares the ' +
        "answers' key figures before timing." +
        (f.operationsPeakRssMb === null
          ? ''
          : ` The server's memory peaked at ${Math.round(f.operationsPeakRssMb)} MB.`),
      '',
      table(
        [
          'operation',
          'first',
          'p50',
          'p95',
          'p99',
          'statements',
          'SQL p50',
          'SQL p95',
          'ratio',
          'same answer',
          'target',
          '',
        ],
        f.operations.map((o) => [
          o.label,
          ms(o.first.ms),
          ms(o.http.p50),
          ms(o.http.p95),
          ms(o.http.p99),
          o.statements === null ? '?' : String(o.statements),
          ms(o.sql.p50),
          `${ms(o.sql.p95)}${o.sql.runs < o.http.runs ? ` (${o.sql.runs})` : ''}`,
          o.ratio < 0.01 ? '< 0.01×' : `${o.ratio.toFixed(2)}×`,
          o.sameAnswer ? 'yes' : '**no**',
          o.target.words,
          verdict(operationMet(o)),
        ]),
      ),
      '',
    );
  }
  if (f.throughput.length) {
    parts.push(
      '### Throughput',
      '',
      'autocannon, one request repeated by each connection as fast as the server answers, on a server ' +
        'started for it; errors include answers with GraphQL errors; the server’s resident memory sampled ' +
        'every 100 ms.',
      '',
      table(
        [
          'request',
          'load',
          'requests/s',
          'p50',
          'p99',
          'errors',
          'server memory (start → peak)',
          'target',
          '',
        ],
        f.throughput.map((t, i) => {
          const target = i === 0 ? '≥ 1,500 requests/s, no errors, ≤ 400 MB' : 'none set';
          const met = i === 0 ? t.requestsPerSecond >= 1500 && t.errors === 0 && t.peakRssMb <= 400 : null;
          return [
            t.label,
            `${t.connections} connections, ${t.seconds} s`,
            count(Math.round(t.requestsPerSecond)),
            ms(t.p50Ms),
            ms(t.p99Ms),
            count(t.errors),
            `${Math.round(t.startRssMb)} → ${Math.round(t.peakRssMb)} MB`,
            target,
            verdict(met),
          ];
        }),
      ),
      '',
    );
  }
  if (f.client) {
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    const c = f.client;
    parts.push('### Client', '');
    if (c.routes && c.firstRoute) {
      const largest = [...c.routes].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3);
      parts.push(
        `The JavaScript a first visit downloads (a fresh Chromium ${c.machine.chromium}, nothing cached), gzip ` +
          'level 6 (kB = 1,000 bytes), for each of the app’s routes: the first route and the three largest ' +
          '(`pnpm --filter @concord/e2e bench:client` prints them all).',
        '',
        table(
          ['route', 'raw', 'gzip', 'target', ''],
          [
            [
              `\`${c.firstRoute.path}\` (first route)`,
              kb(c.firstRoute.rawBytes),
              kb(c.firstRoute.gzipBytes),
              '≤ 250 KB',
              verdict(c.firstRoute.gzipBytes <= 250_000),
            ],
            ...largest.map((r) => [`\`${r.path}\``, kb(r.rawBytes), kb(r.gzipBytes), 'none set', '–']),
          ],
        ),
        '',
      );
    }
    if (c.compare) {
      const m = c.compare;
      parts.push(
        `\`${m.path}\` signed in as the trust user, served by the benchmark's server (${m.points.toLocaleString('en-GB')} ` +
          `points drawn; median of ${m.runs.length} cold visits): drawn is the first frame with every point in the ` +
          'chart and the first table rows; ready is drawn with the main thread idle; a sort is from the click on ' +
          'the table’s Quantity heading to the sorted table painted.',
        '',
        table(
          ['drawn', 'ready', 'long tasks until ready', 'a sort, click to paint', 'target', ''],
          [
            [
              ms(m.drawnMs),
              ms(m.readyMs),
              ms(m.longTasksMs),
              ms(m.interactionMs),
              'ready ≤ 1.5 s',
              verdict(m.readyMs <= 1500),
            ],
          ],
        ),
        '',
      );
    }
  }
  if (f.import) {
    const i = f.import;
    const rate = (n: number) => `${count(Math.round(n))} lines/s`;
    const met = i.importLinesPerSecond >= 20_000 && i.ratio !== null && i.ratio <= 3;
    parts.push(
      '### Import',
      '',
      `A generated register of ${count(i.lines)} lines in ${count(i.contracts)} contracts ` +
        `(${(i.bytes / 2 ** 20).toFixed(1)} MB of CSV) through the product's importer as the trust's procurement lead: ` +
        'upload and dry run, then commit, polled until done; then the same rows put back by `COPY` into ' +
        '`contract` and `contract_line` (indexes, constraints and triggers in place); then the same file again, ' +
        'which changes nothing.',
      '',
      table(
        ['step', 'time', 'rate', 'target', ''],
        [
          ['upload and dry run', ms(i.dryRunMs), '', '', ''],
          ['commit', ms(i.commitMs), '', '', ''],
          [
            'import (both)',
            ms(i.dryRunMs + i.commitMs),
            rate(i.importLinesPerSecond),
            '≥ 20,000 lines/s, within 3× of COPY',
            verdict(met),
          ],
          [
            'COPY of the same rows',
            i.copyMs === null ? '–' : ms(i.copyMs),
            i.copyLinesPerSecond === null ? '' : rate(i.copyLinesPerSecond),
            '',
            '',
          ],
          ['import ÷ COPY', i.ratio === null ? '–' : `${i.ratio.toFixed(1)}×`, '', '', ''],
          [
            'the same file again: dry run, commit',
            `${ms(i.againDryRunMs)}, ${ms(i.againCommitMs)}`,
            '',
            '',
            '',
          ],
        ],
      ),
      '',
    );
  }
  if (f.startup) {
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const row = (label: string, xs: number[], limit: number, words: string) => [
      label,
      ms(med(xs)),
      `${ms(Math.min(...xs))} – ${ms(Math.max(...xs))}`,
      words,
      verdict(med(xs) <= limit),
    ];
    parts.push(
      '### Start-up',
      '',
      `\`pnpm start\` until \`/readyz\` answers, on the embedded database, ${f.startup.runs} times each (median, range).`,
      '',
      table(
        ['start', 'median', 'range', 'target', ''],
        [
          row('fresh database, demo data loaded', f.startup.fresh, 60_000, '≤ 60 s'),
          row('second start, data reused', f.startup.second, 5_000, '≤ 5 s'),
        ],
      ),
      '',
    );
  }
  parts.push(END);
  return parts.join('\n');
}

/**
 * The document with its section between `marks` (the benchmark's by default) replaced, or put
 * first, after the title and its paragraph.
 */
export function withSection(
  document: string,
  section: string,
  marks: { start: string; end: string } = { start: START, end: END },
): string {
  const start = document.indexOf(marks.start);
  const end = document.indexOf(marks.end);
  if (start >= 0 && end > start)
    return document.slice(0, start) + section + document.slice(end + marks.end.length);
  const firstSection = document.indexOf('\n## ');
  if (firstSection < 0) return `${document.trimEnd()}\n\n${section}\n`;
  return `${document.slice(0, firstSection + 1)}${section}\n\n${document.slice(firstSection + 1)}`;
}
