import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const apiTarget = process.env['CONCORD_API'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
    },
  },
  // nhsuk-frontend's CSS is shipped minified and carries an old IE hack Lightning CSS rejects.
  build: { outDir: 'dist', sourcemap: true, cssMinify: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
