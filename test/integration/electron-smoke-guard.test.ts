import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run test:electron` on a machine without the Electron binary (this one, and any offline install). */
describe('npm run test:electron without Electron', () => {
  it('fails with one sentence saying how to get the binary, before building or loading Playwright', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test-electron.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^No Electron binary: run "node node_modules\/electron\/install\.js" .* or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron \d+\.\d+\.\d+ .*\.$/,
    );
  }, 60_000);
});
