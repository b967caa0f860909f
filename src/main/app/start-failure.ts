import { redactText } from '../log/redact';
import type { Logger } from '../ports';
import { trayIconPath } from '../tray/tray-icon';
import type { MenuItemTemplate } from '../tray/tray-menu';
import type { ElectronLike } from './electron-like';
import type { StartEnv } from './start-env';

/** Windows shows at most 127 characters of a tray tooltip. */
const TOOLTIP_MAX = 127;

const TOKEN_FILE_PROBLEMS: Record<string, string> = {
  EISDIR: 'is a folder, not a file — remove or rename that folder, then start the app again',
  EACCES:
    'cannot be read (permission denied) — ask IT to give you access to it, or delete it and paste the token again',
  EPERM:
    'cannot be read (permission denied) — ask IT to give you access to it, or delete it and paste the token again',
  EBUSY:
    'is locked by another program, often antivirus — start the app again in a minute; if it keeps happening, ask IT to exclude the app’s folder from scanning',
};

/** One sentence for the agent: what failed and what to do, never the raw stack. */
export function startFailureSentence(error: unknown, logFolder: string | null): string {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  const problem = typeof code === 'string' ? TOKEN_FILE_PROBLEMS[code] : undefined;
  if (problem && typeof path === 'string') {
    return `Xima Tray Dialer could not start: ${path} ${problem}.`;
  }
  const reason = redactText(error instanceof Error ? error.message : String(error)).slice(0, 200);
  const where = logFolder ? ` from ${logFolder}` : '';
  return `Xima Tray Dialer could not start (${reason}) — start it again; if that does not help, send IT the support log${where}.`;
}

export interface StartFailure {
  sentence: string;
  /** Shows the failure again (a second launch or a link while the app is in this state). */
  remind(): void;
}

/**
 * What a start that failed leaves behind: a tray icon in its error state whose tooltip and menu say what
 * went wrong, so the agent sees it and can quit (which frees the single-instance lock). When not even a
 * tray can be made, an error dialog. Never a silent process.
 */
export function showStartFailure(
  electron: Pick<ElectronLike, 'Tray' | 'Menu' | 'nativeTheme' | 'app' | 'dialog' | 'shell'>,
  env: Pick<StartEnv, 'platform' | 'paths'>,
  error: unknown,
  log: { logger: Logger | null; folder: string | null },
): StartFailure {
  const sentence = startFailureSentence(error, log.folder);
  log.logger?.error('start.failed', { message: error instanceof Error ? error.message : String(error) });
  const dialog = (): void => electron.dialog.showErrorBox('Xima Tray Dialer could not start', sentence);
  try {
    const icon = trayIconPath(
      env.paths.trayIcons,
      'token-rejected',
      env.platform,
      electron.nativeTheme.shouldUseDarkColors,
    );
    const tray = new electron.Tray(icon);
    tray.setToolTip(sentence.length > TOOLTIP_MAX ? `${sentence.slice(0, TOOLTIP_MAX - 1)}…` : sentence);
    const folder = log.folder;
    const menu: MenuItemTemplate[] = [
      { label: sentence, enabled: false },
      { type: 'separator' },
      ...(folder ? [{ label: 'Open log folder', click: () => void electron.shell.openPath(folder) }] : []),
      { label: 'Quit', click: () => electron.app.quit() },
    ];
    tray.setContextMenu(electron.Menu.buildFromTemplate(menu));
    return { sentence, remind: dialog };
  } catch (trayError) {
    log.logger?.error('start.no-tray', {
      message: trayError instanceof Error ? trayError.message : String(trayError),
    });
    dialog();
    // Nothing is left for the agent to act on: quit, so the next launch can try again.
    electron.app.quit();
    return { sentence, remind: () => undefined };
  }
}
