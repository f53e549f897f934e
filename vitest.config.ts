import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests spawn bin/yuedu.mjs, which runs the compiled CLI: compile it from the current sources.
    globalSetup: ['tests/support/buildCli.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Explicit, generous bounds: a busy 2-core CI machine must not fail a test by a default 5 s.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/renderer/**', 'tests/e2e/**'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'happy-dom',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
