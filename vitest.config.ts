import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest leaves one core to its main process by default: on a 2-core machine that is one worker.
    // The test files wait on PGlite and HTTP more than that process works, so every core gets one.
    maxWorkers: availableParallelism(),
    projects: [
      // No test file mocks modules or leaves global state behind, so a worker keeps the modules it
      // imported for the next file: importing the app anew for each file took over a third of the
      // run's CPU time.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/api/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A page that reloads and fetches can take more than the default second on a busy 2-core runner.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
