// pnpm bench:startup — time from `pnpm start` (node scripts/start.mjs) to /readyz answering, on a
// fresh embedded database (which loads the demo data) and on a second start that reuses it. Builds
// are made first, not timed here. `pnpm bench` runs it too, as part of the national benchmark.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../src/core/paths.js';

async function timeToReady(dataDir: string, port: number): Promise<number> {
  // The embedded database always, even when the benchmark itself runs against DATABASE_URL.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL'));
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      if (performance.now() - started > 300_000) throw new Error('not ready after 300 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export type StartupFigures = { runs: number; fresh: number[]; second: number[] };

/** Starts the product `runs` times on a fresh embedded database, and again on the same data. */
export async function startupBench(runs: number, port: number): Promise<StartupFigures> {
  // Make sure both builds are current so only start-up is measured.
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--build-only'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('the build failed');
  const fresh: number[] = [];
  const second: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = await mkdtemp(path.join(tmpdir(), 'concord-bench-'));
    try {
      fresh.push(await timeToReady(dir, port));
      second.push(await timeToReady(dir, port));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { runs, fresh, second };
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.env['BENCH_RUNS'] ?? 5);
  const { fresh, second } = await startupBench(runs, Number(process.env['BENCH_PORT'] ?? 4790));
  console.log(`Start-up to ready (/readyz answers), embedded PGlite, ${runs} runs each`);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log('| start | median | min | max |');
  console.log('|---|---|---|---|');
  for (const [label, xs] of [
    ['fresh database (migrate, reference and demo data)', fresh],
    ['second start (data reused)', second],
  ] as const) {
    console.log(`| ${label} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} |`);
  }
}
