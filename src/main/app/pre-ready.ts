import { findLinkInArgv, isDialLink } from '../protocol/find-link';
import { LinkInbox } from '../protocol/link-inbox';
import { PANEL_SCHEME_PRIVILEGES } from '../window/panel-scheme';
import type { ElectronLike } from './electron-like';
import { APP_NAME, APP_USER_MODEL_ID, DESKTOP_NAME, type StartEnv } from './start-env';

export type PreReady =
  | { primary: false }
  | {
      primary: true;
      inbox: LinkInbox;
      /** Set by the shell once the panel exists: a second launch without a link opens it. */
      onSecondLaunch: { showPanel: (() => void) | null };
    };

/**
 * Everything that must happen before `ready`, in the order Electron needs it. Losing the single-instance
 * lock means another copy runs (it receives our argv via `second-instance`): quit and do nothing else —
 * electron/fiddle's protocol.ts forgets that `return`.
 */
export function prepareApp(electron: Pick<ElectronLike, 'app' | 'protocol'>, env: StartEnv): PreReady {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { primary: false };
  }

  // Only possible before `ready`: the panel's own origin (see panel-scheme.ts).
  electron.protocol.registerSchemesAsPrivileged([PANEL_SCHEME_PRIVILEGES]);
  app.setName(APP_NAME);
  if (env.platform === 'linux') {
    app.setDesktopName(DESKTOP_NAME);
    // Wayland: global shortcuts only work through the desktop's GlobalShortcuts portal.
    app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
  }
  if (env.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  // The schemes are not registered here: the installers do it, or the agent's "Make default" (on Linux each
  // registration runs `xdg-settings`, far too slow for every start).

  const inbox = new LinkInbox();
  const onSecondLaunch: { showPanel: (() => void) | null } = { showPanel: null };

  // macOS delivers links as `open-url`, and when a link launches the app it fires before `ready`. Electron's
  // docs say to listen from `will-finish-launching`; we listen earlier still, right now, because an ESM main
  // entry loads asynchronously and `will-finish-launching` may already have fired by the time it evaluates
  // (https://www.electronjs.org/docs/latest/tutorial/esm#you-must-use-await-generously-before-the-apps-ready-event).
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (isDialLink(url)) inbox.push(url);
  });

  app.on('second-instance', (_event, argv) => {
    const link = findLinkInArgv(argv);
    if (link) inbox.push(link);
    else onSecondLaunch.showPanel?.();
  });

  // A tray app keeps running with its panel hidden or closed.
  app.on('window-all-closed', () => undefined);

  if (env.platform !== 'darwin') {
    // Windows and Linux start a new process with the link as an argument.
    const link = findLinkInArgv(env.argv.slice(1));
    if (link) inbox.push(link);
  }

  return { primary: true, inbox, onSecondLaunch };
}
