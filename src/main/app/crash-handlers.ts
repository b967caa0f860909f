import type { Logger } from '../ports';

/** The process events the handlers listen to (the real `process` in the app, an emitter in tests). */
export interface ProcessEvents {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface GoneDetails {
  reason: string;
  exitCode: number;
  /** child-process-gone: the kind of process (GPU, Utility, …) and its service name. */
  type?: string;
  name?: string;
}

/** The app events for processes that died under it (adapted from `app.on`). */
export interface GoneEvents {
  onRendererGone(listener: (webContents: unknown, details: GoneDetails) => void): void;
  onChildGone(listener: (details: GoneDetails) => void): void;
}

export interface CrashHandlerDeps {
  process: ProcessEvents;
  app: GoneEvents;
  logger: Logger;
  /** A renderer died: the shell replaces the panel when it was the panel's. */
  rendererGone: (webContents: unknown) => void;
}

const describe = (reason: unknown): Record<string, unknown> =>
  reason instanceof Error ? { name: reason.name, message: reason.message } : { message: String(reason) };

/**
 * What escapes everything else goes to the support log as one line (the log redacts it), and the app
 * keeps running: a tray app that dies keeps no lock, but one that dies silently loses the agent's links.
 */
export function installCrashHandlers(deps: CrashHandlerDeps): void {
  const { logger } = deps;
  deps.process.on('uncaughtException', (error) => logger.error('crash.uncaught-exception', describe(error)));
  deps.process.on('unhandledRejection', (reason) =>
    logger.error('crash.unhandled-rejection', describe(reason)),
  );
  deps.app.onRendererGone((webContents, details) => {
    logger.error('crash.renderer-gone', { reason: details.reason, exitCode: details.exitCode });
    deps.rendererGone(webContents);
  });
  deps.app.onChildGone((details) => {
    logger.error('crash.child-gone', {
      type: details.type ?? 'unknown',
      service: details.name ?? null,
      reason: details.reason,
      exitCode: details.exitCode,
    });
  });
}
