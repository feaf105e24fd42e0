#!/usr/bin/env node
// `pnpm start`: builds the client and the server when their sources changed since the last
// build, then runs the compiled server (one process, one port: the app and /graphql).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const say = (line) => process.stderr.write(`${line}\n`);

function filesUnder(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => d.name !== 'node_modules' && d.name !== 'gql' && !d.name.startsWith('.'))
    .flatMap((d) => filesUnder(path.join(entry, d.name)));
}

/** Hash of the contents of every input, so a rebuild happens exactly when something changed. */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(filesUnder).sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const parts = [
  {
    name: 'server',
    filter: '@concord/server',
    output: 'server/dist/server/src/main.js',
    stamp: 'server/dist/.inputs-hash',
    inputs: [
      'server/src',
      'server/data',
      'server/package.json',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
      'migrations',
      'pricing/src',
      'tsconfig.base.json',
      'pnpm-lock.yaml',
    ],
  },
  {
    name: 'client',
    filter: '@concord/client',
    output: 'client/dist/index.html',
    stamp: 'client/dist/.inputs-hash',
    inputs: [
      'client/src',
      'client/public',
      'client/index.html',
      'client/package.json',
      'client/vite.config.ts',
      'client/codegen.ts',
      'client/persisted-query-manifest.config.json',
      'client/tsconfig.json',
      'schema/schema.graphql',
      'pricing/src',
      'pnpm-lock.yaml',
    ],
  },
];

for (const part of parts) {
  const hash = fingerprint(part.inputs);
  const stamp = path.join(root, part.stamp);
  const fresh =
    existsSync(path.join(root, part.output)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
  if (fresh) continue;
  say(`Building the ${part.name}…`);
  const started = Date.now();
  const result = spawnSync('pnpm', ['--filter', part.filter, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    say(`Building the ${part.name} failed (see above).`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, hash);
  say(`Built the ${part.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv.includes('--build-only')) process.exit(0);

const server = spawn(process.execPath, [path.join(root, parts[0].output)], {
  cwd: root,
  env: process.env,
  stdio: 'inherit',
});

// Logs stay structured (one JSON object a line, from the server itself); the address is also
// said plainly for people once the server answers.
const port = process.env.PORT || '4000';
const started = Date.now();
const announce = setInterval(async () => {
  const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) {
    clearInterval(announce);
    say(`\n  Concord is running at http://localhost:${port}  (Ctrl+C stops it)\n`);
  } else if (Date.now() - started > 120_000) clearInterval(announce);
}, 200);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  clearInterval(announce);
  process.exit(code ?? (signal ? 1 : 0));
});
