import { defineConfig } from 'vitest/config';

// Unit tests live next to the code and run in Node: the pure core has no DOM.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', '*.test.ts'],
    environment: 'node',
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
