// pnpm bench: time from `pnpm start` (node scripts/start.mjs) to /readyz answering, on a fresh
// embedded database and on a second start that reuses it. Builds are made first, not timed here.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/core/paths.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const PORT = Number(process.env['BENCH_PORT'] ?? 4790);

async function timeToReady(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${PORT}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      if (performance.now() - started > 120_000) throw new Error('not ready after 120 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

// Make sure both builds are current so only start-up is measured.
const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--build-only'], {
  cwd: repoRoot,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) throw new Error('the build failed');

const fresh: number[] = [];
const second: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = await mkdtemp(path.join(tmpdir(), 'concord-bench-'));
  try {
    fresh.push(await timeToReady(dir));
    second.push(await timeToReady(dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(`Start-up to ready (/readyz answers), embedded PGlite, ${RUNS} runs each`);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log('| start | median | min | max |');
console.log('|---|---|---|---|');
for (const [label, xs] of [
  ['fresh database (migrate + load reference data)', fresh],
  ['second start (data reused)', second],
] as const) {
  console.log(`| ${label} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} |`);
}
