import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `require('electron')` in plain Node would try to download the binary (Electron 42+):
// pointing the dist path anywhere keeps every test offline.
const env = { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };

const OWN_PROCESS = [
  'test/unit/main/shell/idle.test.ts',
  'test/unit/main/shell/testing-address-root.test.ts',
  'test/unit/main/shell/composition-root.test.ts',
];

export default defineConfig({
  plugins: [react()],
  test: {
    env,
    pool: 'forks',
    // Vitest's default leaves a core to itself, which is one worker on a two-core machine; most files
    // here wait on sockets and child processes, so two workers there halve the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        // One process for all unit files: their imports are most of their time. A file that mocks
        // modules or judges the whole process (its timers) gets a process of its own.
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: OWN_PROCESS,
          environment: 'node',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-own-process', include: OWN_PROCESS, environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time, after the rest (the machines have two cores), in one process.
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
