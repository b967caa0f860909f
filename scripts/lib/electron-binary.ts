import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

/** The Electron version package.json pins. */
const electronVersion = (
  JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }
).version;

/** Where to get the binary, for a sentence that starts with what is missing. */
const HOW_TO_GET_ELECTRON =
  `run "node node_modules/electron/install.js" on a machine that can reach Electron's release host, or set ` +
  `ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${electronVersion} (see README, "Installing behind a firewall")`;

/**
 * The Electron executable, as `require('electron')` would name it, or null when it is not there. Unlike
 * `require('electron')` this never starts a download (Electron 42+ fetches its binary on first use).
 */
function electronBinary(): string | null {
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

/** electron-vite's command-line entry, to run with this Node.js. */
export const ELECTRON_VITE = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
);

/**
 * The Electron executable; without one, a sentence saying how to get it and exit code 1. With `download`, a
 * missing binary is first fetched the way `require('electron')` would (Electron 42+ downloads on first use),
 * unless ELECTRON_SKIP_BINARY_DOWNLOAD or ELECTRON_OVERRIDE_DIST_PATH says not to.
 */
export function electronOrExit({ download = false } = {}): string {
  let path = electronBinary();
  if (
    path === null &&
    download &&
    !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD &&
    !process.env.ELECTRON_OVERRIDE_DIST_PATH
  ) {
    spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore' });
    path = electronBinary();
  }
  if (path !== null) return path;
  console.error(`No Electron binary: ${HOW_TO_GET_ELECTRON}.`);
  process.exit(1);
}
