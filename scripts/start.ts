// `npm start` / `npm run dev`: make sure an Electron binary is there before handing over to
// electron-vite, so a machine without one gets a sentence instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary, electronVersion, HOW_TO_GET_ELECTRON, installElectron } from './lib/electron-binary';

const require = createRequire(import.meta.url);

if (
  electronBinary() === null &&
  !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD &&
  !process.env.ELECTRON_OVERRIDE_DIST_PATH
) {
  // Electron 42+ downloads its binary on first use rather than at install time.
  installElectron();
}
if (electronBinary() === null) {
  console.error(
    `Xima Tray Dialer needs the Electron ${electronVersion} binary, which is not installed: ${HOW_TO_GET_ELECTRON}.`,
  );
  process.exit(1);
}

const dev = process.argv.includes('--dev');
const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
// `npm start -- --xima-base-url=…`: the app's own switches go to Electron after electron-vite's `--`.
const appArgs = process.argv.slice(2).filter((arg) => arg !== '--dev');
const command = [bin, dev ? 'dev' : 'preview', ...(appArgs.length > 0 ? ['--', ...appArgs] : [])];
const result = spawnSync(process.execPath, command, { stdio: 'inherit' });
process.exit(result.status ?? 1);
