// `npm start` / `npm run dev`: make sure an Electron binary is there before handing over to
// electron-vite, so a machine without one gets a sentence instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { ELECTRON_VITE, electronOrExit } from './lib/electron-binary';

electronOrExit({ download: true });

const dev = process.argv.includes('--dev');
// `npm start -- --xima-base-url=…`: the app's own switches go to Electron after electron-vite's `--`.
const appArgs = process.argv.slice(2).filter((arg) => arg !== '--dev');
const command = [ELECTRON_VITE, dev ? 'dev' : 'preview', ...(appArgs.length > 0 ? ['--', ...appArgs] : [])];
const result = spawnSync(process.execPath, command, { stdio: 'inherit' });
process.exit(result.status ?? 1);
