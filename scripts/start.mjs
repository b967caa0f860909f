#!/usr/bin/env node
// `npm start` / `npm run dev`: make sure an Electron binary is there before handing over to
// electron-vite, so a machine without one gets a sentence instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

function binaryPath() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relative ?? 'electron');
  return relative ? join(electronDir, 'dist', relative) : null;
}

function hasBinary() {
  const path = binaryPath();
  return path !== null && existsSync(path);
}

const HOW =
  `Xima Tray Dialer needs the Electron ${version} binary, which is not installed: run ` +
  `"node node_modules/electron/install.js" on a machine that can reach Electron's release host, or set ` +
  `ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${version} (see README, "Installing behind a firewall").`;

if (!hasBinary() && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  // Electron 42+ downloads its binary on first use rather than at install time.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'ignore', 'ignore'] });
}
if (!hasBinary()) {
  console.error(HOW);
  process.exit(1);
}

const dev = process.argv.includes('--dev');
const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
// `npm start -- --xima-base-url=…`: the app's own switches go to Electron after electron-vite's `--`.
const appArgs = process.argv.slice(2).filter((arg) => arg !== '--dev');
const command = [bin, dev ? 'dev' : 'preview', ...(appArgs.length > 0 ? ['--', ...appArgs] : [])];
const result = spawnSync(process.execPath, command, { stdio: 'inherit' });
process.exit(result.status ?? 1);
