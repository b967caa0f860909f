// `npm run test:electron`: the real, built app started by the real Electron through Playwright's
// `_electron`, pointed at the simulator with `--xima-base-url`, with a fresh profile. It checks what only
// the real thing shows: the tray exists, the panel loads through the real preload with no Node in the
// page, the panel's own settings and dial box make exactly one POST, a `tel:` link given to a second
// copy of the app is confirmed in the first, and the app quits with exit code 0.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ELECTRON_VITE, electronOrExit } from './lib/electron-binary';

const ROOT = resolve(import.meta.dirname, '..');

const executable = electronOrExit();
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display for Electron: run it as "xvfb-run -a npm run test:electron" (xvfb from your distribution).',
  );
  process.exit(1);
}

const built = spawnSync(process.execPath, [ELECTRON_VITE, 'build'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// Loaded only now: a machine without Electron hears so before Playwright is even read.
const { runElectronSmoke } = await import('./lib/electron-smoke');
process.exit((await runElectronSmoke(executable, ROOT)) ? 0 : 1);
