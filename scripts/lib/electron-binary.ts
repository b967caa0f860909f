import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

/** The Electron version package.json pins. */
export const electronVersion = (
  JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }
).version;

/** Where to get the binary, for a sentence that starts with what is missing. */
export const HOW_TO_GET_ELECTRON =
  `run "node node_modules/electron/install.js" on a machine that can reach Electron's release host, or set ` +
  `ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${electronVersion} (see README, "Installing behind a firewall")`;

/**
 * The Electron executable, as `require('electron')` would name it, or null when it is not there. Unlike
 * `require('electron')` this never starts a download (Electron 42+ fetches its binary on first use).
 */
export function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(electronDir, 'dist', relative)
      : null;
  return path !== null && existsSync(path) ? path : null;
}

/** Downloads the binary the way `require('electron')` would, quietly. */
export function installElectron(): void {
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore' });
}
