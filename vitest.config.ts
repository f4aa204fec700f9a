import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/cluster/**'],
          // Generous on purpose: a test waits for events, never for a time, and a busy machine
          // is slow (docs/testing.md).
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.{ts,tsx}'],
          globalSetup: ['test/e2e/require-tools.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Needs PostgreSQL (DATABASE_URL, default the local `test` database): `npm run test:cluster`.
        test: {
          name: 'cluster',
          include: ['test/cluster/**/*.test.{ts,tsx}'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
