import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 20_000,
  },
});
