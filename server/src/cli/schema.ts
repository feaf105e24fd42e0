// pnpm gen:schema writes schema/schema.graphql; pnpm check:schema fails if it is stale.
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { schemaFile } from '../core/paths.js';
import { createSchema, printSortedSchema } from '../core/schema.js';
import { runCli, say } from './run-cli.js';

await runCli(async () => {
  const sdl = printSortedSchema(await createSchema());
  const relative = path.relative(process.cwd(), schemaFile);
  if (process.argv.includes('--check')) {
    const committed = await readFile(schemaFile, 'utf8').catch(() => '');
    if (committed !== sdl) {
      console.error(`${relative} differs from what the server emits: run \`pnpm gen:schema\` and commit it.`);
      return 1;
    }
    say(`${relative} matches the server.`);
    return 0;
  }
  await writeFile(schemaFile, sdl);
  say(`Wrote ${relative}.`);
  return 0;
});
