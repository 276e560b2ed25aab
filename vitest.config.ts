import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Guards against hangs only, never a speed check: a loaded 2-core machine runs corpus tests
    // several times slower, and timing belongs in the benchmarks.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
