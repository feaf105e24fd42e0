import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env['CONCORD_API'] ?? 'http://127.0.0.1:4000';

/**
 * Trusted documents. `pnpm gen:client` writes every operation of the app, with the id the server
 * knows it by, to a persisted query manifest. The build ships the manifest beside the app for the
 * server to read, and gives the browser only the ids by name (`virtual:persisted-query-ids`), never
 * the operations' text twice.
 */
function persistedQueries(): Plugin {
  const manifestFile = new URL('./src/gql/persisted-query-manifest.json', import.meta.url);
  const virtualId = 'virtual:persisted-query-ids';
  const read = () =>
    JSON.parse(readFileSync(manifestFile, 'utf8')) as { operations: { id: string; name: string }[] };
  return {
    name: 'concord-persisted-queries',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : null),
    load(id) {
      if (id !== `\0${virtualId}`) return null;
      this.addWatchFile(manifestFile.pathname);
      const operations = read().operations.map(({ id, name }) => ({ id, name }));
      return `export default ${JSON.stringify({ operations })};`;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'persisted-query-manifest.json',
        source: readFileSync(manifestFile, 'utf8'),
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), persistedQueries()],
  optimizeDeps: {
    // GraphiQL's worker setup imports Monaco's workers with `?worker`, which the dependency
    // pre-bundler cannot follow (`pnpm dev` crashed before serving a page): Vite serves it as is.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },

  server: {
    port: 5173,
    proxy: {
      '/graphql': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
      '/ocds': apiTarget,
      '/imports': apiTarget,
    },
  },
  // nhsuk-frontend's CSS is shipped minified and carries an old IE hack Lightning CSS rejects.
  build: {
    outDir: 'dist',
    sourcemap: true,
    cssMinify: false,
    // Only the developers' GraphiQL page (Monaco editor and its workers) has chunks over 500 kB;
    // the app's own largest chunk is about 320 kB before compression.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // The app, and GraphiQL for developers (the server refuses /graphiql in production).
      input: { main: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's packages carry React Compiler directives ("use no memo") that bundling drops
      // harmlessly; say nothing about them.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Libraries change far less often than the app: their own chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|graphql|optimism|rxjs|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // A page test renders, types and waits several times: room for a busy machine (see test-setup).
    testTimeout: 20_000,
  },
});
