import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/bench/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real git and child processes: two cores on CI, so keep workers modest.
    maxWorkers: 2,
  },
});
