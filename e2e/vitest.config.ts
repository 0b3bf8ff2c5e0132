import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser at a time on a 2-core machine, generous timeouts for cold starts.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
