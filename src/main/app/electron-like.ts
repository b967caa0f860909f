/**
 * The slice of the `electron` module the shell uses, as narrow structural types. `src/main/index.ts`
 * passes the real module; tests pass `test/support/electron-fake.ts`. Nothing here imports electron.
 */
import type { NetLike, PreconnectSession } from '../adapters/electron-transport';
import type { GlobalShortcutLike } from '../hotkey/hotkey-service';
import type { IpcMainLike } from '../ipc/gateway';
import type { LoginItemApp } from '../login-item/login-item';
import type { NotificationLike, NotificationOptions } from '../notifications/electron-notifier';
import type { ProtocolApp } from '../protocol/register';
import type { ClipboardLike } from '../selection/types';
import type { GoneDetails } from './crash-handlers';
import type { MenuItemTemplate } from '../tray/tray-menu';
import type { TrayLike } from '../tray/tray-presenter';
import type { BrowserWindowLike, ScreenLike } from '../window/panel-window';
import type { PanelWindowOptions } from '../window/secure-options';

export interface AppLike extends ProtocolApp, LoginItemApp {
  readonly isPackaged: boolean;
  readonly dock: { hide(): void } | undefined;
  readonly commandLine: { appendSwitch(name: string, value?: string): void };
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<unknown>;
  setName(name: string): void;
  setDesktopName(name: string): void;
  setAppUserModelId(id: string): void;
  getPath(name: 'userData' | 'logs' | 'home'): string;
  /** The app's root (the project folder in development, app.asar when packaged). */
  getAppPath(): string;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(
    event: 'render-process-gone',
    listener: (event: unknown, webContents: unknown, details: GoneDetails) => void,
  ): unknown;
  on(event: 'child-process-gone', listener: (event: unknown, details: GoneDetails) => void): unknown;
  on(
    event: 'will-finish-launching' | 'window-all-closed' | 'before-quit' | 'activate',
    listener: () => void,
  ): unknown;
}

/** A built menu is only handed back to the tray, so its shape does not matter here. */
export type MenuLike = unknown;

export interface ElectronLike {
  app: AppLike;
  BrowserWindow: new (options: PanelWindowOptions) => BrowserWindowLike;
  Tray: new (image: string) => TrayLike<MenuLike>;
  Menu: { buildFromTemplate(template: MenuItemTemplate[]): MenuLike };
  globalShortcut: GlobalShortcutLike & { unregisterAll(): void };
  clipboard: ClipboardLike;
  screen: ScreenLike;
  Notification: (new (options: NotificationOptions) => NotificationLike) & { isSupported(): boolean };
  shell: { openExternal(url: string): Promise<void>; openPath(path: string): Promise<string> };
  powerMonitor: {
    on(event: 'resume' | 'unlock-screen' | 'user-did-become-active', listener: () => void): unknown;
  };
  nativeTheme: { readonly shouldUseDarkColors: boolean; on(event: 'updated', listener: () => void): unknown };
  net: NetLike;
  session: {
    readonly defaultSession: PreconnectSession & {
      protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void };
    };
  };
  protocol: {
    registerSchemesAsPrivileged(
      schemes: { scheme: string; privileges: { standard: boolean; secure: boolean } }[],
    ): void;
  };
  ipcMain: IpcMainLike;
  dialog: { showErrorBox(title: string, content: string): void };
}
