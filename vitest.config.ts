import { defineConfig } from 'vitest/config';

// Unit tests live next to the code and run in Node: the pure core has no DOM.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', '*.test.ts'],
    environment: 'node',
  },
  // The build's constants (build.mjs): unit tests see the Chrome build, without test hooks.
  define: { __TARGET__: JSON.stringify('chrome'), __TEST_BUILD__: 'false' },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
