import type { ElectronLike } from './electron-like';
import { prepareApp } from './pre-ready';
import type { StartEnv } from './start-env';
import { startShell, type Shell, type ShellDeps } from './start-shell';

/** The whole start-up: pre-ready work, then the shell once Electron is ready. Null when another copy runs. */
export async function runApp(electron: ElectronLike, env: StartEnv, deps: ShellDeps): Promise<Shell | null> {
  const pre = prepareApp(electron, env);
  if (!pre.primary) return null;
  await electron.app.whenReady();
  return startShell(electron, env, pre, deps);
}
