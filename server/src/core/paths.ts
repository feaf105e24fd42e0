import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findUp(start: string, marker: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, marker))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find ${marker} above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The server package folder, whether running from src/ (tsx, vitest) or dist/ (compiled). */
export const serverRoot = findUp(path.dirname(fileURLToPath(import.meta.url)), 'package.json');
/** The repository root (the pnpm workspace). */
export const repoRoot = path.dirname(serverRoot);
export const referenceDataDir = path.join(serverRoot, 'data');
export const migrationsDir = path.join(repoRoot, 'migrations');
export const schemaFile = path.join(repoRoot, 'schema', 'schema.graphql');
