import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `require('electron')` in plain Node would try to download the binary (Electron 42+):
// pointing the dist path anywhere keeps every test offline.
const env = { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };

export default defineConfig({
  plugins: [react()],
  test: {
    env,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
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
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
