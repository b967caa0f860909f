import { installCrashHandlers, type ProcessEvents } from './crash-handlers';
import type { ElectronLike } from './electron-like';
import { prepareApp } from './pre-ready';
import { showStartFailure } from './start-failure';
import type { StartEnv } from './start-env';
import { startShell, type Shell, type ShellDeps } from './start-shell';
import type { Logger } from '../ports';

export interface OpenedLog {
  logger: Logger;
  /** The folder the agent sends to IT ("Open log folder"). */
  folder: string;
}

export interface RunDeps extends ShellDeps {
  /** Opens the support log; called once the app has its name (the log folder depends on it). */
  openLog?: () => OpenedLog;
  /** Where uncaught exceptions and unhandled rejections are heard (the real `process` in the app). */
  process?: ProcessEvents;
}

/**
 * The whole start-up: pre-ready work, then the shell once Electron is ready. Null when another copy runs
 * or the start failed; a failed start leaves a tray icon (or a dialog) that says why, never a silent
 * process holding the single-instance lock.
 */
export async function runApp(electron: ElectronLike, env: StartEnv, deps: RunDeps): Promise<Shell | null> {
  const pre = prepareApp(electron, env);
  if (!pre.primary) return null;
  let log: OpenedLog | null = null;
  let shell: Shell | null = null;
  try {
    log = deps.openLog?.() ?? null;
  } catch {
    // No log folder (a full or read-only disk) must not stop the app itself.
  }
  if (log && deps.process) {
    installCrashHandlers({
      process: deps.process,
      app: {
        onRendererGone: (listener) =>
          void electron.app.on('render-process-gone', (_event, webContents, details) =>
            listener(webContents, details),
          ),
        onChildGone: (listener) =>
          void electron.app.on('child-process-gone', (_event, details) => listener(details)),
      },
      logger: log.logger,
      rendererGone: (webContents) => shell?.rendererGone(webContents),
    });
  }
  await electron.app.whenReady();
  try {
    shell = startShell(electron, env, pre, deps);
    return shell;
  } catch (error) {
    const failure = showStartFailure(electron, env, error, {
      logger: log?.logger ?? null,
      folder: log?.folder ?? null,
    });
    // Later launches and links reach this copy: they see the failure again instead of nothing.
    pre.onSecondLaunch.showPanel = failure.remind;
    pre.inbox.open(() => failure.remind());
    return null;
  }
}
