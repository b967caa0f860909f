import { dirname } from 'node:path';
import type { XimaTransport } from '../../core/xima';
import type { HotkeyState } from '../../shared/app-state';
import { clipboardPort, hotkeysPort, shellPort } from '../adapters/electron-ports';
import { createElectronTransport } from '../adapters/electron-transport';
import { createDialActions } from '../hotkey/dial-actions';
import { HotkeyService, type HotkeyPress } from '../hotkey/hotkey-service';
import { pushToPanel, registerIpcGateway } from '../ipc/gateway';
import { createLoginItem } from '../login-item/login-item';
import type { AutostartFs } from '../login-item/linux-autostart';
import { createElectronNotifier } from '../notifications/electron-notifier';
import type { AppController, ControllerDeps, Notifier } from '../ports';
import { appFolderArg } from '../protocol/register';
import { createTelHandler } from '../protocol/tel-handler';
import { createSelectionCapture, isWayland } from '../selection/create-selection-reader';
import { realClock } from '../selection/types';
import type { TrayPresenter } from '../tray/tray-presenter';
import { devRendererUrl, ownUrlMatcher } from '../window/own-url';
import { createPanelProtocolHandler, PANEL_SCHEME } from '../window/panel-scheme';
import { createPanelWindow, type PanelWindowController } from '../window/panel-window';
import type { ElectronLike } from './electron-like';
import type { PreReady } from './pre-ready';
import { createShellTray } from './shell-tray';
import type { StartEnv } from './start-env';

/** The ports the shell provides; index.ts adds the stores, vault, log and clock and builds the controller. */
export type ShellPorts = Pick<
  ControllerDeps,
  'notifier' | 'clipboard' | 'shell' | 'telHandler' | 'hotkeys' | 'loginItem' | 'panel' | 'platform'
> & { transport: XimaTransport };

export interface Shell {
  controller: AppController;
  /** The current panel (a new one after its renderer died). */
  readonly panel: PanelWindowController;
  /** A renderer process died: when it was the panel's, the panel is replaced by a fresh one. */
  rendererGone(webContents: unknown): void;
  tray: TrayPresenter;
  hotkey: HotkeyService;
  notifier: Notifier;
}

export interface ShellDeps {
  makeController: (ports: ShellPorts) => AppController;
  fs: AutostartFs;
  /** Reads a file of the built panel for the app:// scheme. */
  readFile: (path: string) => Promise<Uint8Array>;
  /** A refused IPC message (foreign sender, bad payload, failed handler), for the support log. */
  onIpcRefused?: (intent: string, why: 'sender' | 'payload' | 'handler') => void;
}

/**
 * Builds the shell after `ready`: controller, hidden panel, tray, hotkey, IPC, and the OS events that
 * re-warm the connection. Everything is event-driven: no repeating timers.
 */
export function startShell(
  electron: ElectronLike,
  env: StartEnv,
  pre: Extract<PreReady, { primary: true }>,
  deps: ShellDeps,
): Shell {
  const { app } = electron;
  const platform = env.platform;
  const wayland = platform === 'linux' && isWayland(env.env);
  let quitting = false;
  // Late-bound: the controller needs these ports before the panel exists.
  let panel: PanelWindowController | null = null;
  const showPanel = (): void => panel?.show();

  if (platform === 'darwin') app.dock?.hide(); // menu-bar only

  const notifier = createElectronNotifier({
    create: (options) => new electron.Notification(options),
    isSupported: () => electron.Notification.isSupported(),
    openPanel: showPanel,
    icon: env.paths.appIcon,
  });
  let onHotkey: (press: HotkeyPress) => void = () => undefined;
  let onHotkeyStatus: (status: HotkeyState) => void = () => undefined;
  const hotkey = new HotkeyService(
    electron.globalShortcut,
    { platform, wayland },
    (press) => onHotkey(press),
    (status) => onHotkeyStatus(status),
  );
  const proc = { defaultApp: env.defaultApp, execPath: env.execPath, argv: env.argv };
  const telHandler = createTelHandler(app, {
    platform,
    proc,
    openExternal: (url) => electron.shell.openExternal(url),
  });

  const controller = deps.makeController({
    notifier,
    clipboard: clipboardPort(electron.clipboard),
    shell: shellPort(electron.shell),
    telHandler,
    hotkeys: hotkeysPort(hotkey),
    loginItem: createLoginItem(
      app,
      {
        platform,
        home: env.home,
        env: env.env,
        execPath: env.execPath,
        defaultApp: env.defaultApp,
        appArg: appFolderArg(env.argv),
      },
      deps.fs,
    ),
    panel: { hide: () => panel?.hide() },
    platform,
    transport: createElectronTransport(electron.net, electron.session.defaultSession),
  });

  const devUrl = devRendererUrl(env.env, app.isPackaged);
  const isOwnUrl = ownUrlMatcher(devUrl);
  electron.session.defaultSession.protocol.handle(
    PANEL_SCHEME,
    createPanelProtocolHandler(dirname(env.paths.rendererFile), deps.readFile),
  );
  let tray: TrayPresenter | null = null;
  const makePanel = (): PanelWindowController =>
    createPanelWindow({
      createWindow: (options) => new electron.BrowserWindow(options),
      screen: electron.screen,
      trayBounds: () => tray?.bounds() ?? null,
      preloadPath: env.paths.preload,
      devUrl,
      devTools: !app.isPackaged,
      now: env.now,
      onShown: () => controller.panelShown(),
      quitting: () => quitting,
    });
  let current = makePanel();
  panel = current;
  const endpoint = {
    mainFrame: () => (current.window.isDestroyed() ? null : current.window.webContents.mainFrame),
    isOwnUrl,
    send(channel: string, payload: unknown) {
      const { window } = current;
      if (!window.isDestroyed() && !window.webContents.isDestroyed())
        window.webContents.send(channel, payload);
    },
  };
  const push = pushToPanel(endpoint);

  const capture = createSelectionCapture(
    { platform, wayland },
    {
      clipboard: electron.clipboard,
      clock: realClock,
      openExternal: (url) => void electron.shell.openExternal(url),
    },
  );
  const actions = createDialActions({
    capture,
    clipboard: electron.clipboard,
    controller,
    notifier,
    accelerator: () => {
      const status = hotkey.status();
      return status.registered && !status.paused ? status.accelerator : '';
    },
    platform,
  });
  onHotkey = (press) => void actions.hotkey(press);
  // The first press proved the shortcut (macOS, Wayland): the tray and panel learn it after that press's
  // POST has left, not before.
  onHotkeyStatus = (status) => void setImmediate(() => controller.setHotkeyState(status));

  tray = createShellTray(electron, env, {
    controller,
    actions,
    showPanel,
    togglePanel: () => panel?.toggle(),
    navigate: (view) => push.navigate(view),
  });

  const gateway = registerIpcGateway({
    ipcMain: electron.ipcMain,
    handlers: controller.handlers,
    panel: endpoint,
    onNetworkChange: (online) => controller.networkChanged(online),
    ...(deps.onIpcRefused ? { onRefused: deps.onIpcRefused } : {}),
  });

  controller.subscribe((state) => {
    tray?.render(state);
    push.state(state);
  });
  controller.onNavigate((view, how) => {
    panel?.show(how);
    push.navigate(view);
  });

  controller.setHotkeyState(hotkey.apply(controller.getState().settings.hotkey));
  controller.setTelHandlerState(telHandler.state());

  // The agent is back (the idle connection is likely gone): warm before the next press, not on a timer.
  // `user-did-become-active` is macOS's "the user is active again" (fast user switching, session back).
  for (const back of ['resume', 'unlock-screen', 'user-did-become-active'] as const) {
    electron.powerMonitor.on(back, () => controller.resumed());
  }
  electron.nativeTheme.on('updated', () => tray?.render(controller.getState()));

  app.on('before-quit', () => {
    quitting = true;
    hotkey.release();
    gateway.dispose();
    void controller.dispose();
  });

  pre.onSecondLaunch.showPanel = showPanel;
  // macOS: opening the app again (Finder, Spotlight) activates the running copy instead of a second one.
  app.on('activate', showPanel);
  pre.inbox.open((uri) => void controller.openLink(uri));
  void controller.start();

  return {
    controller,
    get panel() {
      return current;
    },
    rendererGone(webContents) {
      if (webContents !== current.window.webContents) return;
      const gone = current;
      const wasVisible = gone.isVisible();
      current = makePanel();
      panel = current;
      gone.window.destroy();
      if (wasVisible) current.show();
    },
    tray,
    hotkey,
    notifier,
  };
}
