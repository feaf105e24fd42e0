// pnpm --filter @concord/e2e bench:client — the client's figures for issue 8, in Debian's Chromium:
//   1. the JavaScript a first visit to each route downloads, as served and gzip-compressed;
//   2. the Compare page with 10,000 prices: the time until it is drawn and ready, its long tasks,
//      and the time a sort of the table takes to paint (median of BENCH_RUNS cold visits, default 5).
// Against a running server when BENCH_BASE is set (the server's address, serving the built client):
// it signs in as BENCH_EMAIL (BENCH_PASSWORD, the demo password by default) and opens
// BENCH_COMPARE_PATH. Otherwise self-contained: it serves client/dist itself (build it first:
// `pnpm --filter @concord/client build`) and answers GraphQL in the browser, as a trust's
// procurement lead, with a benchmark of BENCH_POINTS prices (10,000). BENCH_OUT=<file> writes the
// figures as JSON; BENCH_PARTS=routes or BENCH_PARTS=compare measures only one part.
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumLaunch } from '../chromium.ts';
import { appRoutes, fileSize, measureRoute, type RouteBundle } from './bundle-sizes.ts';
import { timeCompare, type CompareRun } from './compare-timing.ts';
import { mockApi } from './mock-api.ts';
import { serveClientBuild } from './static-server.ts';

const env = process.env;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// BENCH_CLIENT_DIST measures another build (a change's, say) in self-contained mode.
const clientDist = path.resolve(env['BENCH_CLIENT_DIST'] ?? path.join(repoRoot, 'client', 'dist'));
const RUNS = Number(env['BENCH_RUNS'] ?? 5);
const POINTS = Number(env['BENCH_POINTS'] ?? 10_000);
const TARGET_FIRST_ROUTE_GZIP = 250_000;
const TARGET_COMPARE_READY_MS = 1500;
const PARTS = new Set((env['BENCH_PARTS'] ?? 'routes,compare').split(','));

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => Math.round(value).toString();
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// Debian's Chromium, launched as the end-to-end tests launch it.
const browser = await chromium.launch(chromiumLaunch);

const serverBase = env['BENCH_BASE']?.replace(/\/$/, '');
const api = serverBase ? null : mockApi(POINTS);
let stopStatic: (() => Promise<void>) | null = null;
let snapshot: string | null = null;

try {
  let baseUrl: string;
  let comparePath: string;
  let viewer: string;
  let storageState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;
  if (serverBase) {
    baseUrl = serverBase;
    comparePath = env['BENCH_COMPARE_PATH'] ?? '';
    viewer = env['BENCH_EMAIL'] ?? '';
    if (!comparePath || !viewer) throw new Error('BENCH_BASE needs BENCH_EMAIL and BENCH_COMPARE_PATH');
  } else {
    if (!existsSync(path.join(clientDist, 'index.html'))) {
      throw new Error(`No client build in ${clientDist}: run \`pnpm --filter @concord/client build\` first`);
    }
    // A copy of the build (without source maps), so that a rebuild during the run changes nothing.
    snapshot = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-client-'));
    cpSync(clientDist, snapshot, {
      recursive: true,
      preserveTimestamps: true,
      filter: (file) => !file.endsWith('.map'),
    });
    const served = await serveClientBuild(snapshot);
    stopStatic = served.close;
    baseUrl = served.baseUrl;
    comparePath = env['BENCH_COMPARE_PATH'] ?? '/compare?by=category&category=epr';
    viewer = 'a trust procurement lead (GraphQL answered in the browser)';
  }

  // No internet: the NHS webfont is refused, as in the end-to-end tests.
  const prepare = async (context: BrowserContext) => {
    await context.route('https://assets.nhs.uk/**', (route) => route.abort('blockedbyclient'));
    if (api) await api.install(context);
  };

  if (serverBase) {
    const context = await browser.newContext();
    await prepare(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in?returnTo=%2F`);
    await page.getByLabel('Email address').fill(viewer);
    await page
      .getByRole('textbox', { name: 'Password' })
      .fill(env['BENCH_PASSWORD'] ?? 'concord-demo-password');
    await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    storageState = await context.storageState();
    await context.close();
  }

  const meets = (ok: boolean) => (ok ? 'meets the target' : 'MISSES the target');
  const figures: Record<string, unknown> = {
    measuredAt: new Date().toISOString(),
    mode: serverBase ? 'server' : 'self-contained',
    base: serverBase ?? null,
    viewer,
    clientBuiltAt: snapshot ? statSync(path.join(snapshot, 'index.html')).mtime.toISOString() : null,
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? '',
      node: process.version,
      chromium: browser.version(),
    },
  };

  // 1. The JavaScript each route's first visit downloads.
  if (PARTS.has('routes')) {
    const routes: RouteBundle[] = [];
    for (const route of appRoutes(path.join(repoRoot, 'client', 'src'))) {
      routes.push(await measureRoute(browser, baseUrl, route, prepare, storageState));
    }
    const first = routes.find((route) => route.path === '/')!;
    const firstFiles = first.files
      .map((file) => ({ file, ...fileSize(file) }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    const anonymous = serverBase ? await measureRoute(browser, baseUrl, '/', prepare) : null;
    figures['gzip'] = 'node:zlib gzipSync, default level 6 (the server itself sends files uncompressed)';
    figures['routes'] = routes.map(({ path, url, files, rawBytes, gzipBytes }) => ({
      path,
      url,
      files: files.length,
      rawBytes,
      gzipBytes,
    }));
    figures['firstRoute'] = {
      path: first.path,
      rawBytes: first.rawBytes,
      gzipBytes: first.gzipBytes,
      files: firstFiles,
      ...(anonymous ? { signedOut: { rawBytes: anonymous.rawBytes, gzipBytes: anonymous.gzipBytes } } : {}),
    };

    console.log(`## Client bundle per route\n`);
    console.log(
      `${figures['mode']} mode, as ${viewer}: the JavaScript a first visit downloads (fresh browser, nothing cached).`,
    );
    console.log(`kB = 1,000 bytes; gzip: ${figures['gzip']}.\n`);
    console.log('| route | files | raw kB | gzip kB |\n|---|--:|--:|--:|');
    for (const route of routes) {
      console.log(
        `| \`${route.path}\` | ${route.files.length} | ${kB(route.rawBytes)} | ${kB(route.gzipBytes)} |`,
      );
    }
    console.log(
      `\nFirst route \`/\`: ${kB(first.gzipBytes)} kB gzip (${kB(first.rawBytes)} kB raw), target ≤ ${kB(TARGET_FIRST_ROUTE_GZIP)} kB: ${meets(first.gzipBytes <= TARGET_FIRST_ROUTE_GZIP)}.`,
    );
    if (anonymous) console.log(`Signed out: ${kB(anonymous.gzipBytes)} kB gzip.`);
    console.log('\n| file of `/` | raw kB | gzip kB |\n|---|--:|--:|');
    for (const file of firstFiles)
      console.log(`| ${file.file} | ${kB(file.rawBytes)} | ${kB(file.gzipBytes)} |`);
  }

  // 2. The Compare page, cold, RUNS times.
  if (PARTS.has('compare')) {
    const runs: CompareRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await timeCompare(browser, baseUrl + comparePath, prepare, storageState));
    }
    const mid = (key: keyof CompareRun) => median(runs.map((run) => run[key]));
    const compare = {
      path: comparePath,
      points: mid('points'),
      rows: mid('rows'),
      drawnMs: mid('drawnMs'),
      readyMs: mid('readyMs'),
      interactionMs: mid('interactionMs'),
      longTasksMs: mid('longTasksMs'),
      blockingMs: mid('blockingMs'),
      runs,
    };
    figures['compare'] = compare;

    console.log(`\n## Compare, ${compare.points.toLocaleString('en-GB')} points drawn\n`);
    console.log(
      `\`${comparePath}\`: median of ${runs.length} cold visits, each in a fresh browser context.\n`,
    );
    console.log(`| figure | median | runs |\n|---|--:|---|`);
    const row = (label: string, key: keyof CompareRun) =>
      console.log(`| ${label} | ${ms(mid(key))} | ${runs.map((run) => ms(run[key])).join(', ')} |`);
    row('points in the chart', 'points');
    row('rows in the table', 'rows');
    row('drawn (ms from navigation)', 'drawnMs');
    row('ready: drawn and main thread idle (ms)', 'readyMs');
    row('long tasks until ready (ms)', 'longTasksMs');
    row('blocking time until ready (ms over 50 per task)', 'blockingMs');
    row('sort by quantity, click to paint (ms)', 'interactionMs');
    console.log(
      `\nReady in ${ms(compare.readyMs)} ms, target ≤ ${TARGET_COMPARE_READY_MS} ms: ${meets(compare.readyMs <= TARGET_COMPARE_READY_MS)}.`,
    );
  }

  const machine = figures['machine'] as { cpus: number; model: string; chromium: string };
  console.log(
    `\nMachine: ${machine.cpus} × ${machine.model}, Node ${process.version}, Chromium ${machine.chromium}.`,
  );
  if (api && api.unanswered.size > 0) {
    figures['unansweredOperations'] = [...api.unanswered].sort();
    console.log(
      `Not answered in self-contained mode (those pages showed a load error): ${[...api.unanswered].sort().join(', ')}.`,
    );
  }
  if (env['BENCH_OUT']) {
    writeFileSync(env['BENCH_OUT'], `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nFigures written to ${env['BENCH_OUT']}.`);
  }
} finally {
  await browser.close();
  await stopStatic?.();
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
}
