import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './chromium.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const port = 4173;
const baseURL = `http://127.0.0.1:${port}`;

// Every run starts from an empty embedded database (the server loads the reference data on first
// start). The config is loaded again in each worker, which inherits the environment: only the
// first load clears the directory.
const dataDir = path.join(here, '.data');
if (!process.env['CONCORD_E2E_DATA_DIR']) {
  rmSync(dataDir, { recursive: true, force: true });
  process.env['CONCORD_E2E_DATA_DIR'] = dataDir;
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: true,
  // Two workers share one embedded database, which answers one statement at a time: while one
  // test's page adds up savings across the whole demo register (a few seconds), the other's waits.
  expect: { timeout: 15_000 },
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunch,
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The product as people start it: `pnpm start` builds what changed and serves the app and /graphql.
  webServer: {
    command: 'pnpm start',
    cwd: path.resolve(here, '..'),
    env: { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    url: `${baseURL}/readyz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
