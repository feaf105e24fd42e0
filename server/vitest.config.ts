import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the libraries (type-graphql, Apollo); test files must
    // use the same copy, not the .mjs that Vite would pick, or graphql sees two realms.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests of PostgreSQL itself (a database that goes away) run in the PostgreSQL suite; the
    // embedded database lives inside the server's process. Global setup says when they are left out.
    exclude: process.env['DATABASE_URL'] ? [] : ['test/postgresql/**'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each worker gets its own database cloned from the migrated template.
    pool: 'forks',
  },
});
