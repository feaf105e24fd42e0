import { ConfigError } from '../core/config.js';
import { EmbeddedDatabaseInUse } from '../core/embedded-lock.js';

/**
 * Runs a command-line task: one clear line on a configuration error or an embedded database open
 * elsewhere, the exit code otherwise.
 */
export async function runCli(task: () => Promise<number>): Promise<never> {
  try {
    process.exit(await task());
  } catch (error) {
    if (error instanceof ConfigError || error instanceof EmbeddedDatabaseInUse) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  }
}

/** A line of output for the person running the command (these are tools, not the server: no JSON logs). */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
